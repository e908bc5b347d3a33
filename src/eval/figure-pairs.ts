import { writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decidePair, type PairContext, type PairDecision } from '../ledger/index.js';
import type { Figure } from '../model/index.js';
import { type FigureFinder, shippedFigureFinder } from './figures-real.js';
import type { PolnearArticle } from './polnear.js';
import {
  loadGoldArticles,
  PAIR_LABELS,
  type PairSide,
  type RealGoldPair,
  readPairGold,
  spanProblems,
} from './real-gold.js';
import type { EvalOptions, EvalReport } from './task.js';

/** What the ledger decided for one gold pair, given the gold figures and given the extracted ones. */
export interface PairOutcome {
  pair: RealGoldPair;
  decision: PairDecision;
  /** The decision on the pipeline's own figures at the gold spans; `missing` when either is not found. */
  extracted: PairDecision | 'missing';
}

function contextOf(side: PairSide, article: PolnearArticle): PairContext {
  return {
    articleId: article.id,
    outlet: article.outlet ?? null,
    published: article.published ?? null,
    sentence: article.text.slice(side.sentence[0], side.sentence[1]),
  };
}

function figureOf(side: PairSide, id: string): Figure {
  const { start, end, article: _a, source: _s, sentence: _sentence, ...fields } = side;
  return { id, ...fields, span: { start, end } };
}

/** The pipeline's figure that overlaps a gold side most, if any. */
function extractedAt(side: PairSide, figures: Figure[]): Figure | null {
  let best: Figure | null = null;
  let most = 0;
  for (const f of figures) {
    const o = Math.min(f.span.end, side.end) - Math.max(f.span.start, side.start);
    if (o > most) {
      most = o;
      best = f;
    }
  }
  return best;
}

/** Runs the ledger's pair decision on every gold pair, on the gold figures and on the extracted ones. */
export function decideGoldPairs(
  pairs: RealGoldPair[],
  articles: Map<string, PolnearArticle>,
  find: FigureFinder,
  progress: (done: number, total: number) => void = () => {},
): PairOutcome[] {
  const found = new Map<string, Figure[]>();
  const figuresOf = (a: PolnearArticle) => {
    let f = found.get(a.id);
    if (!f) {
      f = find(a);
      found.set(a.id, f);
    }
    return f;
  };
  return pairs.map((pair, n) => {
    const [ta, tb] = [pair.a, pair.b].map((side) => {
      const article = articles.get(side.article);
      if (!article)
        throw new InputError(
          `article ${side.article} was not loaded`,
          'load every article the gold names',
          pair.id,
        );
      const problems = spanProblems(pair.id, article.text, side.sentence, side);
      if (problems.length > 0)
        throw new InputError(problems[0], 'the gold must slice the PolNeAR v1.0.0 texts', pair.id);
      return { article, context: contextOf(side, article) };
    });
    const decision = decidePair(
      figureOf(pair.a, `${pair.id}-a`),
      figureOf(pair.b, `${pair.id}-b`),
      ta.context,
      tb.context,
    );
    const ea = extractedAt(pair.a, figuresOf(ta.article));
    const eb = extractedAt(pair.b, figuresOf(tb.article));
    const extracted = ea && eb && ea !== eb ? decidePair(ea, eb, ta.context, tb.context) : 'missing';
    progress(n + 1, pairs.length);
    return { pair, decision, extracted };
  });
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const share = (n: number, d: number) => (d === 0 ? 1 : round(n / d));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : round((2 * p * r) / (p + r)));

/**
 * Label accuracy (five labels; `related` and `missing` are always wrong), same-measure P/R/F1 (any
 * label but `unrelated` says "same measure") and conflict P/R, the error a reader pays most for.
 */
export function pairMetrics(outcomes: { pair: RealGoldPair; decision: string }[]): Record<string, number> {
  const same = (label: string) => label !== 'unrelated' && label !== 'missing';
  const count = (test: (o: (typeof outcomes)[number]) => boolean) => outcomes.filter(test).length;
  const isConflict = (label: string) => label === 'conflicting';
  const correct = count((o) => o.decision === o.pair.label);
  const samePred = count((o) => same(o.decision));
  const sameGold = count((o) => o.pair.sameMeasure);
  const sameTp = count((o) => same(o.decision) && o.pair.sameMeasure);
  const conflictPred = count((o) => isConflict(o.decision));
  const conflictGold = count((o) => isConflict(o.pair.label));
  const conflictTp = count((o) => isConflict(o.decision) && isConflict(o.pair.label));
  const sameP = share(sameTp, samePred);
  const sameR = share(sameTp, sameGold);
  return {
    pairs: outcomes.length,
    accuracy: share(correct, outcomes.length),
    samePrecision: sameP,
    sameRecall: sameR,
    sameF1: f1(sameP, sameR),
    conflictPrecision: share(conflictTp, conflictPred),
    conflictRecall: share(conflictTp, conflictGold),
  };
}

function confusion(outcomes: { pair: RealGoldPair; decision: string }[]): string[] {
  const cols = [...PAIR_LABELS, 'related', 'missing'];
  const lines = [`gold \\ ledger   ${cols.map((c) => c.slice(0, 8).padStart(8)).join(' ')}`];
  for (const label of PAIR_LABELS) {
    const row = cols.map((c) => outcomes.filter((o) => o.pair.label === label && o.decision === c).length);
    lines.push(`${label.padEnd(15)} ${row.map((n) => String(n).padStart(8)).join(' ')}`);
  }
  return lines;
}

/** `dossier eval figure-pairs --data test/gold/real-figures/pairs.jsonl[#dev|#check]`. */
export async function evalFigurePairs(options: EvalOptions): Promise<EvalReport> {
  const { split, pairs } = readPairGold(options.data);
  if (pairs.length === 0) throw new InputError('no pairs in that split', 'use #dev or #check', options.data);
  const articles = loadGoldArticles(pairs.flatMap((p) => [p.a, p.b]));
  const outcomes = decideGoldPairs(pairs, articles, shippedFigureFinder(), options.progress);
  if (options.predictions) {
    const rows = outcomes.map((o) =>
      JSON.stringify({ id: o.pair.id, decision: o.decision, extracted: o.extracted }),
    );
    writeFileSync(options.predictions, `${rows.join('\n')}\n`);
  }
  const splits = split ? [split] : [...new Set(pairs.map((p) => p.split))];
  const metrics: Record<string, unknown> = {};
  const lines: string[] = [];
  const f = (x: number) => x.toFixed(3);
  for (const s of splits) {
    const mine = outcomes.filter((o) => o.pair.split === s);
    const gold = pairMetrics(mine);
    const extracted = pairMetrics(mine.map((o) => ({ pair: o.pair, decision: o.extracted })));
    metrics[s] = { gold, extracted };
    lines.push(
      `figure pairs, ${s}: ${gold.pairs} pairs`,
      `on gold figures:      label accuracy ${f(gold.accuracy)}  same measure P ${f(gold.samePrecision)} R ${f(gold.sameRecall)} F1 ${f(gold.sameF1)}  conflict P ${f(gold.conflictPrecision)} R ${f(gold.conflictRecall)}`,
      `on extracted figures: label accuracy ${f(extracted.accuracy)}  same measure P ${f(extracted.samePrecision)} R ${f(extracted.sameRecall)} F1 ${f(extracted.sameF1)}  conflict P ${f(extracted.conflictPrecision)} R ${f(extracted.conflictRecall)}`,
      ...confusion(mine),
      ...mine
        .filter((o) => o.decision !== o.pair.label)
        .map(
          (o) =>
            `${o.pair.id} want ${o.pair.label}, got ${o.decision}: ${o.pair.a.text} / ${o.pair.b.text} (${o.pair.note})`,
        ),
    );
  }
  return { task: 'figure-pairs', metrics, lines };
}
