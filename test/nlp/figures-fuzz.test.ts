import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim, Figure, Stance } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { findClaims } from '../../src/nlp/claims.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { findDates } from '../../src/nlp/dates.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findFigures } from '../../src/nlp/figures.js';

/** Pieces of news text and of noise, so random sequences hit the rules' edges. */
const PIECES = [
  '2,500',
  '1,2,3',
  '1e309',
  '9'.repeat(40),
  '0.5',
  '$',
  '€',
  '%',
  'per',
  'cent',
  'million',
  'bn',
  'm',
  'a',
  'another',
  'more',
  'than',
  'between',
  'and',
  'to',
  '-',
  '–',
  'up',
  'about',
  'hundreds',
  'of',
  'dozen',
  'twenty-five',
  'troops',
  'people',
  'the',
  'U.S.',
  'officials',
  'said',
  'says',
  'denied',
  'did',
  'not',
  'deny',
  'declined',
  'comment',
  'has',
  'yet',
  'commented',
  'according',
  'estimates',
  'put',
  'at',
  'over',
  ',',
  '.',
  ';',
  '“',
  '”',
  '"',
  'he',
  'who',
  'which',
  'if',
  'Monday',
  'on',
  'Feb',
  '30',
  'March',
  '2024',
  '10:30',
  'a.m.',
  '\n',
  '\n\n',
  '- ',
  'Reports',
  'from',
  'that',
  '’s',
  'constructor',
  '__proto__',
  '\ud800',
  '(',
  ')',
  '3rd',
  '555-0143',
  'whether',
  'in',
  '10',
  'two-thirds',
  'third',
  'half',
  'point',
  'points',
  '-point',
  'percentage',
  'an',
  'hour',
  'or',
  'raised',
  'killed',
  'were',
  'among',
  'voters',
  'Rubio',
];

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(PIECES[Math.floor(next() * PIECES.length)]);
    out.push(next() < 0.8 ? ' ' : '');
  }
  return out.join('');
}

const lexicon = buildLexicon();
/** The stances a claim may take (`Stance` in src/model). */
const STANCES: ReadonlySet<Stance> = new Set<Stance>([
  'confirms',
  'denies',
  'declines',
  'estimates',
  'reports',
  'speculates',
]);

/** A figure's numbers are finite and its claimant, when given, is a name. */
function checkFigure(f: Figure, t: string): void {
  for (const v of [f.value, f.low, f.high]) assert.ok(v === null || Number.isFinite(v), JSON.stringify(t));
  if (f.claimant !== null) assert.ok(f.claimant.trim() !== '', 'a claimant has a name');
}

/** A claim has a known stance, a clause that holds its proposition, and a cue and claimant from the text. */
function checkClaim(c: Claim, t: string): void {
  assert.ok(STANCES.has(c.stance), `stance ${c.stance} in ${JSON.stringify(t)}`);
  const clause = c.clause ?? c.span;
  assert.ok(clause.start <= c.span.start && c.span.end <= clause.end, 'the clause holds the proposition');
  assert.ok(clause.end <= t.length, 'the clause lies in the text');
  if (c.cue != null) assert.ok(c.cue.trim() !== '' && t.includes(c.cue), `cue ${c.cue} is text`);
  if (c.claimant !== null) assert.ok(c.claimant.trim() !== '', 'a claimant has a name');
}

describe('figures, claims and dates on random text', () => {
  it('never throw, keep every span on its text and every number finite', () => {
    const next = random(20241024);
    for (let round = 0; round < 300; round++) {
      const t = text(next, 5 + Math.floor(next() * 60));
      const doc = readDoc(t, round % 2 ? '2024-10-24T09:00:00Z' : null);
      const figures = findFigures(readAttribution(doc, [], lexicon));
      const claims = findClaims(readAttribution(doc, [], lexicon));
      const dates = findDates(doc, lexicon);
      for (const f of [...figures, ...claims, ...dates]) {
        assert.equal(t.slice(f.span.start, f.span.end), f.text, JSON.stringify(t));
        assert.ok(f.span.start <= f.span.end && f.span.end <= t.length);
      }
      for (const f of figures) checkFigure(f, t);
      for (const c of claims) checkClaim(c, t);
      for (const d of dates) assert.match(d.value, /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/);
    }
  });
});

describe('figures on the bad input of issue 21', () => {
  const read = (t: string) => {
    const doc = readDoc(t, null);
    const found = findFigures(readAttribution(doc, [], lexicon));
    for (const f of found) {
      assert.equal(t.slice(f.span.start, f.span.end), f.text);
      checkFigure(f, t);
    }
    return found.map((f) => [f.text, f.value, f.qualifier, f.unit]);
  };

  it('reads shares, ranges, money and margins as written', () => {
    assert.deepEqual(read('About 1 in 5 said no.'), [['About 1 in 5', 20, 'approx', 'percent']]);
    assert.deepEqual(read('Two-thirds agreed.'), [['Two-thirds', 66.67, 'exact', 'percent']]);
    assert.deepEqual(read('He expects 20 to 25 delegates.'), [['20 to 25', 22.5, 'range', 'delegates']]);
    assert.deepEqual(read('It raised $1.2bn.'), [['$1.2bn', 1.2e9, 'exact', 'dollars']]);
    assert.deepEqual(read('She won by a 12.5-point margin.'), [
      ['12.5-point', 12.5, 'exact', 'percentage points'],
    ]);
    assert.deepEqual(read('It is a three-way contest.'), []);
  });

  it('survives poll tables, numbers in every token and 400-digit numbers', () => {
    const table = [
      'Candidate\tAll\tDem\tRep',
      'Clinton\t46%\t89%\t6%',
      'Trump\t44%\t5%\t88%',
      'Other\t5\t3\t4',
    ].join('\n');
    assert.ok(read(table).length >= 6);
    read(Array.from({ length: 300 }, (_, i) => `${i}-${i + 1}`).join(' '));
    read(
      `${'9'.repeat(400)} voters and $${'1'.repeat(400)}.5 million, half a point, ${'7'.repeat(400)} in 10`,
    );
    read('half a point; a half; 1 in 0; 0 in 10; 11 in 10; -3 in 10; 1 in 1000000000');
  });
});
