import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { subjectHead } from '../../src/eval/figure-compare.js';
import {
  loadGoldArticles,
  polnearDir,
  type RealGoldSentence,
  readPairGold,
  readRealFigureGold,
  spanProblems,
} from '../../src/eval/real-gold.js';

const GOLD = resolve(dirname(fileURLToPath(import.meta.url)), '../gold/real-figures');
const dev = readRealFigureGold(join(GOLD, 'dev.jsonl'));
const check = readRealFigureGold(join(GOLD, 'check.jsonl'));
const { pairs } = readPairGold(join(GOLD, 'pairs.jsonl'));
const UNITS = new Set([
  'dollars',
  'dollars per hour',
  'dollars per week',
  'dollars per month',
  'dollars per year',
  'percent',
  'percentage points',
  'times',
  'ratio',
  'years',
  'decades',
  'months',
  'days',
  'hours',
  'minutes',
  'miles',
  'feet',
  'meters',
  'degrees',
]);
const NOT_HEADS = new Set(['of', 'the', 'a', 'and', 'or', 'to', 'by', 'in']);

type Annotated = RealGoldSentence['figures'][number];

/** The low/high convention of each qualifier (README): problems, or none. */
function boundProblems(id: string, f: Omit<Annotated, 'id'>): string[] {
  const out: string[] = [];
  const want = (ok: boolean, what: string) => ok || out.push(`${id}: ${what}`);
  if (f.qualifier === 'exact' || f.qualifier === 'approx')
    want(f.low === null && f.high === null, 'no bounds');
  if (f.qualifier === 'atLeast') want(f.low === f.value && f.high === null, 'low = value, no high');
  if (f.qualifier === 'atMost') want(f.high === f.value && f.low === null, 'high = value, no low');
  if (f.qualifier === 'range')
    want(
      f.low !== null && f.high !== null && f.low < f.high && Math.abs(f.value - (f.low + f.high) / 2) < 1e-9,
      'low < high, value the midpoint',
    );
  want(f.unit === null || UNITS.has(f.unit), `unit "${f.unit}" is in the README's list`);
  const head = subjectHead(f.subject);
  want(head !== null && !NOT_HEADS.has(head), `subject "${f.subject}" has a head noun (got ${head})`);
  want(f.claimant === null || f.claimant.trim() === f.claimant, 'claimant trimmed');
  return out;
}

describe('real-news figures gold (format)', () => {
  it('has the size the issue asks for, in two halves split by article', () => {
    const figures = [...dev, ...check].flatMap((s) => s.figures);
    const articles = new Set([...dev, ...check].map((s) => s.article));
    assert.ok(figures.length >= 300, `${figures.length} figures`);
    assert.ok(articles.size >= 70, `${articles.size} articles`);
    const devArticles = new Set(dev.map((s) => s.article));
    const shared = check.filter((s) => devArticles.has(s.article)).map((s) => s.article);
    assert.deepEqual([...new Set(shared)], [], 'no article in both halves');
    assert.ok(pairs.length >= 60, `${pairs.length} pairs`);
  });

  it('has unique ids, id prefixes that name the half, and figures in order', () => {
    const ids = [...dev, ...check].flatMap((s) => [s.id, ...s.figures.map((f) => f.id)]);
    assert.equal(new Set(ids).size, ids.length, 'sentence and figure ids are unique');
    assert.equal(new Set(pairs.map((p) => p.id)).size, pairs.length, 'pair ids are unique');
    for (const [half, lines] of [
      ['dev', dev],
      ['check', check],
    ] as const) {
      for (const s of lines) {
        assert.ok(s.id.startsWith(`rf-${half}-`), s.id);
        const keys = new Set<string>();
        for (const [i, f] of s.figures.entries()) {
          assert.ok(f.id.startsWith(`${s.id}-`), f.id);
          if (i > 0) assert.ok(s.figures[i - 1].end <= f.start, `${f.id} follows the previous figure`);
          keys.add(`${f.start}:${f.end}`);
        }
        assert.equal(keys.size, s.figures.length, `${s.id} spans are distinct`);
      }
      const sentences = new Set(lines.map((s) => `${s.article}:${s.start}`));
      assert.equal(sentences.size, lines.length, `${half}: no sentence twice`);
    }
  });

  it("keeps each qualifier's bounds, a listed unit and a subject with a head noun", () => {
    const problems = [
      ...[...dev, ...check].flatMap((s) => s.figures.flatMap((f) => boundProblems(f.id, f))),
      ...pairs.flatMap((p) => [...boundProblems(`${p.id}.a`, p.a), ...boundProblems(`${p.id}.b`, p.b)]),
    ];
    assert.deepEqual(problems, []);
  });

  it('labels pairs consistently and keeps the pair splits apart from the other figure half', () => {
    const devArticles = new Set(dev.map((s) => s.article));
    const checkArticles = new Set(check.map((s) => s.article));
    for (const p of pairs) {
      assert.equal(p.sameMeasure, p.label !== 'unrelated', `${p.id} sameMeasure follows the label`);
      assert.ok(p.note.length > 0, `${p.id} says why`);
      const other = p.split === 'dev' ? checkArticles : devArticles;
      for (const side of [p.a, p.b]) assert.ok(!other.has(side.article), `${p.id} uses ${side.article}`);
    }
  });

  it('gives a pair side that is also a gold figure the same annotation', () => {
    const byspan = new Map(
      [...dev, ...check].flatMap((s) => s.figures.map((f) => [`${s.article}:${f.start}:${f.end}`, f])),
    );
    const problems: string[] = [];
    for (const p of pairs) {
      for (const side of [p.a, p.b]) {
        const g = byspan.get(`${side.article}:${side.start}:${side.end}`);
        if (!g) continue;
        for (const k of [
          'text',
          'value',
          'low',
          'high',
          'qualifier',
          'increment',
          'unit',
          'subject',
          'claimant',
        ] as const)
          if (g[k] !== side[k]) problems.push(`${p.id} ${k}: ${side[k]} vs ${g.id} ${g[k]}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

const data = polnearDir();
const noData = !existsSync(join(data, 'train.jsonl'))
  ? `PolNeAR is not at ${data} (set DOSSIER_POLNEAR): the gold's spans cannot be checked`
  : false;

describe('real-news figures gold (against the PolNeAR texts)', { skip: noData }, () => {
  it('slices every sentence and figure span to its text', () => {
    const refs = [...dev, ...check, ...pairs.flatMap((p) => [p.a, p.b])];
    const articles = loadGoldArticles(refs);
    const problems: string[] = [];
    for (const s of [...dev, ...check]) {
      const text = articles.get(s.article)?.text ?? '';
      const sentence = text.slice(s.start, s.end);
      if (sentence.trim() !== sentence || sentence.length < 10)
        problems.push(`${s.id}: sentence span "${sentence}"`);
      for (const f of s.figures) problems.push(...spanProblems(f.id, text, [s.start, s.end], f));
    }
    for (const p of pairs) {
      for (const [name, side] of [
        ['a', p.a],
        ['b', p.b],
      ] as const) {
        problems.push(
          ...spanProblems(`${p.id}.${name}`, articles.get(side.article)?.text ?? '', side.sentence, side),
        );
      }
    }
    assert.deepEqual(problems, []);
  });
});
