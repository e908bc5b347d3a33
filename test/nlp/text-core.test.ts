import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/nlp/sentences.js';
import { parseSourceList } from '../../src/nlp/sources.js';
import { tokenize } from '../../src/nlp/tokens.js';

const words = (text: string) => tokenize(text).map((t) => t.text);
const sentences = (text: string) =>
  splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps abbreviations, initials, numbers, URLs and hyphenated names whole', () => {
    assert.deepEqual(words('Lt. Gen. Lloyd J. Austin III, U.S. 2,500 troops, 3.5%'), [
      'Lt.',
      'Gen.',
      'Lloyd',
      'J.',
      'Austin',
      'III',
      ',',
      'U.S.',
      '2,500',
      'troops',
      ',',
      '3.5',
      '%',
    ]);
    assert.deepEqual(words('Kim Jong-un met O’Brien at https://x.org/a?b=1.'), [
      'Kim',
      'Jong-un',
      'met',
      'O’Brien',
      'at',
      'https://x.org/a?b=1',
      '.',
    ]);
  });

  it('splits possessives and keeps curly and straight quote marks apart from words', () => {
    assert.deepEqual(words("“Russia’s war,” he said. 'No'"), [
      '“',
      'Russia',
      '’s',
      'war',
      ',',
      '”',
      'he',
      'said',
      '.',
      "'",
      'No',
      "'",
    ]);
  });

  it('gives every token a span that slices to its text, including odd input', () => {
    const text = 'Zero\u200bwidth \ud800 lone surrogate — em dash… and 1e309 Müller';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials or mid-sentence U.S.', () => {
    assert.deepEqual(sentences('Lt. Gen. J. Smith spoke. Confirmation from the U.S. comes later.'), [
      'Lt. Gen. J. Smith spoke.',
      'Confirmation from the U.S. comes later.',
    ]);
  });

  it('splits after U.S. when a sentence starter follows, and at headline newlines', () => {
    assert.deepEqual(sentences('Troops Head to Russia\nThey went to the U.S. The end.'), [
      'Troops Head to Russia',
      'They went to the U.S.',
      'The end.',
    ]);
  });

  it('keeps party-and-state labels whole, ending a sentence only before a starter', () => {
    assert.deepEqual(
      sentences(
        'Rep. Joseph Crowley, D-N.Y., said the bill would pass. Sen. Joe Manchin (D-W.Va.) agreed. It was backed by Rep. Peter King, R-N.Y. The vote failed on D-Day. Allied troops moved.',
      ),
      [
        'Rep. Joseph Crowley, D-N.Y., said the bill would pass.',
        'Sen. Joe Manchin (D-W.Va.) agreed.',
        'It was backed by Rep. Peter King, R-N.Y.',
        'The vote failed on D-Day.',
        'Allied troops moved.',
      ],
    );
    assert.deepEqual(words('Kaine, D-Va., said'), ['Kaine', ',', 'D-Va.', ',', 'said']);
  });

  it('keeps a question quote with its speech verb', () => {
    assert.deepEqual(sentences('“What are you doing?” Austin remarked. He left.'), [
      '“What are you doing?” Austin remarked.',
      'He left.',
    ]);
  });

  it('splits on ellipses before a capital and keeps decimals', () => {
    assert.deepEqual(sentences('It rose 3.5 per cent… Then it fell.'), [
      'It rose 3.5 per cent…',
      'Then it fell.',
    ]);
  });
});

describe('parseSourceList', () => {
  it('reads headline and outlet from a trailing list', () => {
    const text =
      'Body.\n- U.S. Says Troops Are in Russia The New York Times\n- Spy chief says 1,500 more  Wire Service';
    const { sources, start } = parseSourceList(text);
    assert.equal(start, 6);
    assert.deepEqual(
      sources.map((s) => [s.title, s.outlet]),
      [
        ['U.S. Says Troops Are in Russia', 'The New York Times'],
        ['Spy chief says 1,500 more', 'Wire Service'],
      ],
    );
  });

  it('finds nothing in an article without a list', () => {
    assert.deepEqual(parseSourceList('Just a body.\nAnother line.'), { sources: [], start: 26 });
  });
});
