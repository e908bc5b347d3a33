import { writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Figure } from '../model/index.js';
import { findEntities, findFigures, findQuotes, readAttribution, readDoc } from '../nlp/index.js';
import { loadResources } from '../resources.js';
import { sameClaimant, sameNumber, sameSubjectHead, subjectHead } from './figure-compare.js';
import { takeGreedyPairs } from './pairing.js';
import type { PolnearArticle } from './polnear.js';
import {
  loadGoldArticles,
  type RealGoldFigure,
  type RealGoldSentence,
  readRealFigureGold,
  spanProblems,
} from './real-gold.js';
import type { EvalOptions, EvalReport } from './task.js';

/** The figures a system finds in one article. */
export type FigureFinder = (article: PolnearArticle) => Figure[];

/** The shipped pipeline's figures, as `analyze` finds them: entities first, then figures. */
export function shippedFigureFinder(resources = loadResources()): FigureFinder {
  return (article) => {
    const doc = readDoc(article.text, article.published ?? null);
    const entities = findEntities(doc, resources.ner, resources.lexicon);
    const attribution = readAttribution(doc, entities, resources.lexicon);
    return findFigures(attribution, findQuotes(attribution, resources.quotes));
  };
}

/** Counts over a set of gold sentences. */
export interface RealFigureTally {
  gold: number;
  predicted: number;
  matched: number;
  valueQualifier: number;
  increment: number;
  /** Matched figures whose gold has a unit (money, percent, points, time, distance). */
  withUnit: number;
  unit: number;
  subjectHead: number;
  claimant: number;
}

export interface RealFigureScore {
  tally: RealFigureTally;
  /** One line per error, for people reading the dev half. */
  errors: string[];
  /** The raw predictions per gold sentence. */
  predictions: { id: string; article: string; figures: Omit<Figure, 'id' | 'rule' | 'claimantId'>[] }[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Gold and predicted figures paired one to one, largest overlap first. */
function matchFigures(gold: RealGoldFigure[], predicted: Figure[]): [RealGoldFigure, Figure][] {
  const candidates: [number, RealGoldFigure, Figure][] = [];
  for (const g of gold)
    for (const p of predicted) {
      const o = overlap(g, p.span);
      if (o > 0) candidates.push([o, g, p]);
    }
  return takeGreedyPairs(candidates.sort((x, y) => y[0] - x[0]));
}

const unitOf = (u: string | null) => (u ? u.toLowerCase().replace(/^per ?cent$/, 'percent') : null);

/**
 * Scores predicted figures against the gold sentences: detection over the chosen sentences (a
 * predicted figure overlapping a sentence and no gold figure is a false positive), then value +
 * qualifier (with low/high), increment, unit, subject head and claimant on the matched pairs.
 */
export function scoreRealFigures(
  sentences: RealGoldSentence[],
  articles: Map<string, PolnearArticle>,
  find: FigureFinder,
  progress: (done: number, total: number) => void = () => {},
): RealFigureScore {
  const t: RealFigureTally = {
    gold: 0,
    predicted: 0,
    matched: 0,
    valueQualifier: 0,
    increment: 0,
    withUnit: 0,
    unit: 0,
    subjectHead: 0,
    claimant: 0,
  };
  const errors: string[] = [];
  const predictions: RealFigureScore['predictions'] = [];
  const found = new Map<string, Figure[]>();
  sentences.forEach((s, n) => {
    const article = articles.get(s.article);
    if (!article)
      throw new InputError(`article ${s.article} was not loaded`, 'load every article the gold names', s.id);
    const problems = s.figures.flatMap((g) => spanProblems(g.id, article.text, [s.start, s.end], g));
    if (problems.length > 0) {
      throw new InputError(
        problems[0],
        'the gold must slice the PolNeAR v1.0.0 texts; check the data folder',
        s.id,
      );
    }
    let all = found.get(s.article);
    if (!all) {
      all = find(article);
      found.set(s.article, all);
    }
    const predicted = all.filter((f) => overlap(f.span, s) > 0);
    predictions.push({
      id: s.id,
      article: s.article,
      figures: predicted.map(({ id: _id, rule: _rule, claimantId: _cid, ...f }) => f),
    });
    const pairs = matchFigures(s.figures, predicted);
    t.gold += s.figures.length;
    t.predicted += predicted.length;
    t.matched += pairs.length;
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    for (const g of s.figures) if (!matchedG.has(g)) errors.push(`${g.id} missed "${g.text}"`);
    for (const p of predicted)
      if (!matchedP.has(p)) errors.push(`${s.id} spurious "${p.text}" at ${p.span.start}`);
    for (const [g, p] of pairs) scorePair(g, p, t, errors);
    progress(n + 1, sentences.length);
  });
  return { tally: t, errors, predictions };
}

function scorePair(g: RealGoldFigure, p: Figure, t: RealFigureTally, errors: string[]): void {
  const at = `${g.id} "${g.text}"`;
  if (
    sameNumber(p.value, g.value) &&
    p.qualifier === g.qualifier &&
    sameNumber(p.low, g.low) &&
    sameNumber(p.high, g.high)
  )
    t.valueQualifier++;
  else
    errors.push(
      `${at} value: got ${p.value} ${p.qualifier} [${p.low}, ${p.high}], want ${g.value} ${g.qualifier} [${g.low}, ${g.high}]`,
    );
  if (p.increment === g.increment) t.increment++;
  else errors.push(`${at} increment: got ${p.increment}, want ${g.increment}`);
  if (g.unit !== null) {
    t.withUnit++;
    if (unitOf(p.unit) === unitOf(g.unit)) t.unit++;
    else errors.push(`${at} unit: got ${JSON.stringify(p.unit)}, want "${g.unit}"`);
  }
  if (sameSubjectHead(p.subject, g.subject)) t.subjectHead++;
  else
    errors.push(
      `${at} subject: got ${JSON.stringify(p.subject)} (head ${subjectHead(p.subject)}), want "${g.subject}" (head ${subjectHead(g.subject)})`,
    );
  if (sameClaimant(g.claimant, p.claimant)) t.claimant++;
  else errors.push(`${at} claimant: got ${JSON.stringify(p.claimant)}, want ${JSON.stringify(g.claimant)}`);
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const share = (n: number, d: number) => (d === 0 ? 1 : round(n / d));

/** Metrics of a tally: detection P/R/F1 over the chosen sentences and field accuracies over matched figures. */
export function realFigureMetrics(t: RealFigureTally): Record<string, number> {
  const precision = share(t.matched, t.predicted);
  const recall = share(t.matched, t.gold);
  const f1 = precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall));
  return {
    gold: t.gold,
    predicted: t.predicted,
    matched: t.matched,
    precision,
    recall,
    f1,
    valueQualifier: share(t.valueQualifier, t.matched),
    increment: share(t.increment, t.matched),
    unit: share(t.unit, t.withUnit),
    subjectHead: share(t.subjectHead, t.matched),
    claimant: share(t.claimant, t.matched),
  };
}

/** `dossier eval figures --data test/gold/real-figures/dev.jsonl`: the shipped pipeline on real articles. */
export async function evalRealFigures(options: EvalOptions): Promise<EvalReport> {
  const sentences = readRealFigureGold(options.data);
  const articles = loadGoldArticles(sentences);
  const score = scoreRealFigures(sentences, articles, shippedFigureFinder(), options.progress);
  if (options.predictions) {
    writeFileSync(options.predictions, `${score.predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
  }
  const m = realFigureMetrics(score.tally);
  const f = (x: number) => x.toFixed(3);
  const articleCount = new Set(sentences.map((s) => s.article)).size;
  return {
    task: 'figures',
    metrics: { sentences: sentences.length, articles: articleCount, ...m },
    lines: [
      `figures on ${options.data}: ${sentences.length} sentences of ${articleCount} articles`,
      `detection P ${f(m.precision)}  R ${f(m.recall)}  F1 ${f(m.f1)}  (gold ${m.gold}, predicted ${m.predicted}, matched ${m.matched})`,
      `on matched figures: value+qualifier ${f(m.valueQualifier)}  increment ${f(m.increment)}  unit ${f(m.unit)}  subject head ${f(m.subjectHead)}  claimant ${f(m.claimant)}`,
      ...(score.errors.length > 0 ? ['errors:', ...score.errors] : []),
    ],
  };
}
