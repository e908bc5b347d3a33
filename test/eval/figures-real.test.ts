import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pairMetrics } from '../../src/eval/figure-pairs.js';
import { evalFigures } from '../../src/eval/figures.js';
import { realFigureMetrics, scoreRealFigures, shippedFigureFinder } from '../../src/eval/figures-real.js';
import type { PolnearArticle } from '../../src/eval/polnear.js';
import {
  loadGoldArticles,
  type RealGoldPair,
  type RealGoldSentence,
  readPairGold,
} from '../../src/eval/real-gold.js';
import { decidePair } from '../../src/ledger/pair.js';
import type { Figure } from '../../src/model/index.js';

const TEXT =
  'The campaign said it raised $2 million in May. Polls opened at 8 a.m. on Tuesday. It has 40 offices.';
const article: PolnearArticle = {
  id: 'fx-1',
  outlet: 'ap',
  published: '2016-05-02',
  title: 'x',
  text: TEXT,
  attributions: [],
};
const at = (s: string) => TEXT.indexOf(s);

const gold: RealGoldSentence[] = [
  {
    id: 'rf-fx-001',
    article: 'fx-1',
    source: 'dev',
    start: 0,
    end: at(' Polls'),
    figures: [
      {
        id: 'rf-fx-001-1',
        start: at('$2 million'),
        end: at('$2 million') + '$2 million'.length,
        text: '$2 million',
        value: 2e6,
        low: null,
        high: null,
        qualifier: 'exact',
        increment: false,
        unit: 'dollars',
        subject: 'money raised by the campaign in May',
        claimant: 'The campaign',
      },
    ],
  },
  // A negative sentence: a time is no figure.
  { id: 'rf-fx-002', article: 'fx-1', source: 'dev', start: at('Polls'), end: at(' It has'), figures: [] },
];

function figure(text: string, fields: Partial<Figure> = {}): Figure {
  const start = at(text);
  return {
    id: `f-${start}`,
    text,
    value: 0,
    low: null,
    high: null,
    qualifier: 'exact',
    increment: false,
    unit: null,
    subject: null,
    claimant: null,
    span: { start, end: start + text.length },
    ...fields,
  };
}

describe('real-figures scorer', () => {
  it('counts detection in the chosen sentences only and fields on matched figures', () => {
    const found = [
      figure('$2 million', {
        value: 2e6,
        unit: 'dollars',
        subject: 'money',
        claimant: 'the campaign',
      }),
      figure('8', { value: 8 }),
      // Outside every chosen sentence: neither right nor wrong.
      figure('40', { value: 40 }),
    ];
    const score = scoreRealFigures(gold, new Map([['fx-1', article]]), () => found);
    const m = realFigureMetrics(score.tally);
    assert.deepEqual(
      { ...m },
      {
        gold: 1,
        predicted: 2,
        matched: 1,
        precision: 0.5,
        recall: 1,
        f1: 0.6667,
        valueQualifier: 1,
        increment: 1,
        unit: 1,
        subjectHead: 1,
        claimant: 1,
      },
    );
    assert.deepEqual(score.errors, [`rf-fx-002 spurious "8" at ${at('8 a.m.')}`]);
    assert.equal(score.predictions.length, 2);
  });

  it('reports a wrong value, subject head and claimant', () => {
    const found = [
      figure('$2 million', { value: 2e5, qualifier: 'approx', subject: 'May', claimant: 'Trump' }),
    ];
    const score = scoreRealFigures(gold, new Map([['fx-1', article]]), () => found);
    const m = realFigureMetrics(score.tally);
    assert.equal(m.valueQualifier, 0);
    assert.equal(m.subjectHead, 0);
    assert.equal(m.claimant, 0);
    assert.equal(score.errors.length, 4, score.errors.join('\n'));
  });

  it('scores the shipped pipeline on an article', () => {
    const score = scoreRealFigures(gold, new Map([['fx-1', article]]), shippedFigureFinder());
    assert.equal(score.tally.matched, 1, score.errors.join('\n'));
  });

  it('refuses a gold span that does not slice to its text, naming the figure', () => {
    const shifted = structuredClone(gold);
    shifted[0].figures[0].start += 1;
    assert.throws(
      () => scoreRealFigures(shifted, new Map([['fx-1', article]]), () => []),
      /rf-fx-001-1.*reads/,
    );
  });

  it('stops with the fix when the PolNeAR texts are absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const file = join(dir, 'dev.jsonl');
    writeFileSync(file, `${JSON.stringify(gold[0])}\n`);
    const saved = process.env.DOSSIER_POLNEAR;
    process.env.DOSSIER_POLNEAR = join(dir, 'nowhere');
    try {
      await assert.rejects(
        evalFigures({ data: file, progress: () => {} }),
        /PolNeAR article texts are not there/,
      );
    } finally {
      if (saved === undefined) delete process.env.DOSSIER_POLNEAR;
      else process.env.DOSSIER_POLNEAR = saved;
    }
  });

  it('says which article id is missing from the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    writeFileSync(join(dir, 'dev.jsonl'), `${JSON.stringify(article)}\n`);
    assert.throws(
      () => loadGoldArticles([{ article: 'nope', source: 'dev' }], dir),
      /article nope is not in PolNeAR dev\.jsonl/,
    );
    assert.equal(loadGoldArticles([{ article: 'fx-1', source: 'dev' }], dir).get('fx-1')?.text, TEXT);
  });
});

describe('figure-pairs scorer', () => {
  const ctx = (articleId: string, published: string, outlet: string) => ({
    articleId,
    published,
    outlet,
    sentence: '',
  });
  const money = (value: number, subject: string, claimant: string | null = null): Figure => ({
    ...figure('$2 million'),
    value,
    unit: 'dollars',
    subject,
    claimant,
  });

  it('asks the ledger whether two figures are one measure', () => {
    const a = money(2e6, 'money raised by the campaign in May');
    assert.equal(
      decidePair(
        a,
        money(2e6, 'money raised by the campaign in May'),
        ctx('x', '2016-05-02', 'ap'),
        ctx('y', '2016-05-03', 'nyt'),
      ),
      'agreeing',
    );
    const delegates: Figure = { ...figure('40'), value: 40, subject: 'delegates won by Trump' };
    assert.equal(
      decidePair(a, delegates, ctx('x', '2016-05-02', 'ap'), ctx('y', '2016-05-03', 'nyt')),
      'unrelated',
    );
  });

  it('scores accuracy, same-measure and conflicts, counting "related" as wrong', () => {
    const pair = (label: RealGoldPair['label']) =>
      ({ label, sameMeasure: label !== 'unrelated' }) as RealGoldPair;
    const m = pairMetrics([
      { pair: pair('conflicting'), decision: 'conflicting' },
      { pair: pair('agreeing'), decision: 'conflicting' },
      { pair: pair('unrelated'), decision: 'unrelated' },
      { pair: pair('updated'), decision: 'related' },
    ]);
    assert.deepEqual(m, {
      pairs: 4,
      accuracy: 0.5,
      samePrecision: 1,
      sameRecall: 1,
      sameF1: 1,
      conflictPrecision: 0.5,
      conflictRecall: 1,
    });
  });

  it('rejects an unknown split, naming it', () => {
    assert.throws(
      () => readPairGold('test/gold/real-figures/pairs.jsonl#heldout'),
      /unknown split "heldout"/,
    );
  });
});
