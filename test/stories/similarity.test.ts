import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentFrequencies } from '../../src/stories/idf.js';
import {
  DAY_MS,
  datesOf,
  eventTime,
  facetOf,
  normsOf,
  profileNorms,
  similarity,
  timeFactor,
  vectorOf,
  weighted,
} from '../../src/stories/similarity.js';

const EVEN = { words: 1, names: 1, persons: 1, numbers: 1 };
const one = () => 1;
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

describe('DocumentFrequencies', () => {
  it('gives rare keys a higher idf, and changes only when a document is counted', () => {
    const df = new DocumentFrequencies();
    df.count(['w:quake', 'w:chile']);
    df.count(['w:quake']);
    close(df.idf('w:quake'), Math.log(3 / 3) + 1);
    close(df.idf('w:chile'), Math.log(3 / 2) + 1);
    close(df.idf('w:unseen'), Math.log(3 / 1) + 1);
    assert.ok(df.idf('w:chile') > df.idf('w:quake'));
    df.count(['w:other']);
    close(df.idf('w:quake'), Math.log(4 / 3) + 1);
    assert.equal(df.docs, 3);
  });
});

describe('similarity', () => {
  it('reads the facet from the key kind, words for an unknown kind', () => {
    assert.deepEqual(['w:a', 'n:a', 'e:a', 'p:a', 'a:a', '#:3', 'd:2024-01-01', 'x:a'].map(facetOf), [
      'words',
      'names',
      'names',
      'names',
      'persons',
      'numbers',
      'numbers',
      'words',
    ]);
  });

  it('weighs counts by 1 + log count times idf, leaving out counts that are not positive', () => {
    const v = vectorOf({ 'w:a': 1, 'w:b': Math.E, 'w:c': 0, 'w:d': -2 }, (k) => (k === 'w:b' ? 3 : 1));
    assert.deepEqual([...v.keys()], ['w:a', 'w:b']);
    close(v.get('w:a')!, 1);
    close(v.get('w:b')!, 6);
  });

  it('computes a profile’s norms under idf as the norms of its weighted copy', () => {
    const profile = new Map([
      ['w:a', 0.5],
      ['n:b', 2],
      ['#:3', 1.5],
    ]);
    const idf = (k: string) => k.length;
    const direct = profileNorms(profile, idf);
    const viaCopy = normsOf(weighted(profile, idf));
    for (const f of ['words', 'names', 'persons', 'numbers'] as const) close(direct[f], viaCopy[f]);
  });

  it('is 1 for a vector against itself when it fills every facet, 0 for disjoint keys, and symmetric', () => {
    const full = new Map([
      ['w:quake', 2],
      ['n:chile', 1],
      ['a:bachelet', 1],
      ['#:7.1', 3],
    ]);
    close(similarity(full, normsOf(full), full, normsOf(full), one, EVEN), 1);
    const other = new Map([['w:coach', 1]]);
    assert.equal(similarity(full, normsOf(full), other, normsOf(other), one, EVEN), 0);
    const some = new Map([
      ['w:quake', 1],
      ['w:rubble', 1],
      ['n:chile', 2],
    ]);
    close(
      similarity(full, normsOf(full), some, normsOf(some), one, EVEN),
      similarity(some, normsOf(some), full, normsOf(full), one, EVEN),
    );
  });

  it('counts an empty facet’s weight in the mean, so sharing only words scores by the words’ share', () => {
    const words = new Map([['w:quake', 1]]);
    close(similarity(words, normsOf(words), words, normsOf(words), one, EVEN), 0.25);
    close(similarity(words, normsOf(words), words, normsOf(words), one, { ...EVEN, words: 3 }), 0.5);
  });
});

describe('time', () => {
  const scale = { halfLifeDays: 10, maxGapDays: 45 };
  const day = (n: number) => Date.UTC(2024, 0, 1) + n * DAY_MS;

  it('does not decay inside the story’s span or with a time unknown', () => {
    assert.equal(timeFactor(day(0), day(5), day(3), scale), 1);
    assert.equal(timeFactor(null, null, day(3), scale), 1);
    assert.equal(timeFactor(day(0), day(5), null, scale), 1);
  });

  it('halves every half-life of gap on either side and is 0 past the longest gap', () => {
    close(timeFactor(day(0), day(5), day(15), scale), 0.5);
    close(timeFactor(day(20), day(25), day(0), scale), 0.25);
    assert.equal(timeFactor(day(0), day(5), day(51), scale), 0);
  });

  it('penalises texts that date their events further apart than the longest gap, and only those', () => {
    const story = ['w:quake', 'd:2010-02-27', 'd:2010-03-01'];
    assert.deepEqual(datesOf(story), [Date.parse('2010-02-27'), Date.parse('2010-03-01')]);
    assert.equal(eventTime([Date.parse('2014-04-01')], story, 45, 0.6), 0.6);
    assert.equal(eventTime([Date.parse('2010-03-20')], story, 45, 0.6), 1);
    assert.equal(eventTime([], story, 45, 0.6), 1);
    assert.equal(eventTime([Date.parse('2014-04-01')], ['w:quake'], 45, 0.6), 1);
  });
});
