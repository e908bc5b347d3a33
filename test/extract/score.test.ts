import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, scorePage, shingles, wordTokens } from '../../src/eval/shingles.js';

describe('the extraction benchmark metric', () => {
  it('tokenizes like Python re \\w+ on str: letters, digits, underscore; no marks or punctuation', () => {
    assert.deepEqual(wordTokens('Hello, wörld! 2,500 snake_case — café'), [
      'Hello',
      'wörld',
      '2',
      '500',
      'snake_case',
      'café',
    ]);
    assert.deepEqual(wordTokens('e\u0301t\u00e9'), ['e', 't\u00e9']); // a combining accent splits a word in Python too
  });

  it('builds 4-token shingles with counts, one short shingle for short texts, none for empty', () => {
    assert.deepEqual([...shingles(['a', 'b', 'c', 'd', 'e']).values()], [1, 1]);
    assert.equal(shingles(['a', 'b']).size, 1);
    assert.equal(shingles([]).size, 0);
    assert.equal(shingles(['a', 'a', 'a', 'a', 'a']).get('a\u0001a\u0001a\u0001a'), 2);
  });

  it('normalises TP/FP/FN per page', () => {
    // truth: a b c d e -> [abcd, bcde]; pred: a b c d x -> [abcd, bcdx]
    assert.deepEqual(scorePage('a b c d e', 'a b c d x'), { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3, exact: false });
    assert.deepEqual(scorePage('A b, c d.', 'A b c d'), { tp: 1, fp: 0, fn: 0, exact: true });
  });

  it('averages precision and recall over pages, F1 of the means, empty predictions scoring zero', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'),
      scorePage('a b c d e', ''),
      scorePage('a b c d e', 'a b c d x'),
    ];
    const m = aggregate(pages);
    // precision: page 2 has no predicted shingles and is left out -> mean(1, 0.5); recall: mean(1, 0, 0.5)
    assert.equal(m.precision, 0.75);
    assert.equal(m.recall, 0.5);
    assert.equal(m.f1, (2 * 0.75 * 0.5) / 1.25);
    assert.equal(m.accuracy, 1 / 3);
  });
});
