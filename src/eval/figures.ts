import type { Figure, Qualifier } from '../model/index.js';
import { sameSubjectHead } from './figure-compare.js';
import { analyzeGold, type GoldLine, normalizePhrase, readGold, scoreBySplit, type Tally } from './gold.js';
import { isRealFigureGold } from './real-gold.js';
import type { EvalOptions, EvalReport } from './task.js';

/** A gold figure: its exact text in the sentence and what it should read as. */
interface GoldFigure {
  text: string;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  increment: boolean;
  subject: string | null;
  claimant: string | null;
}

interface FigureLine extends GoldLine {
  figures: GoldFigure[];
}

/**
 * Scores figures on a gold set: the real-news gold (test/gold/real-figures/, spans into PolNeAR
 * articles) or the sentence gold (test/gold/figures.jsonl), told apart by their lines.
 */
export async function evalFigures(options: EvalOptions): Promise<EvalReport> {
  if (isRealFigureGold(options.data)) return (await import('./figures-real.js')).evalRealFigures(options);
  return evalSentenceFigures(options);
}

/**
 * Scores figures on a sentence gold set (test/gold/figures.jsonl): a predicted figure matches a gold
 * one when their spans overlap; then value + qualifier (with low/high), increment, subject head
 * and claimant are scored separately over all gold figures (a missed figure is wrong on each),
 * per split ("dev", "heldout") and overall. Precision counts spurious figures (years, dates…).
 */
async function evalSentenceFigures(options: EvalOptions): Promise<EvalReport> {
  const run = analyzeGold();
  return scoreBySplit(readGold<FigureLine>(options.data, 'figures'), options, {
    task: 'figures',
    items: 'figures',
    predict: (line) => run(line).figures,
    score: scoreLine,
    checks: ['valueQualifier', 'increment', 'subjectHead', 'claimant'],
    columns: 'val+qual incr    subject claimant',
  });
}

function scoreLine(line: FigureLine, predicted: Figure[], misses: string[]): Tally {
  const t: Tally = {
    gold: line.figures.length,
    predicted: predicted.length,
    matched: 0,
    valueQualifier: 0,
    increment: 0,
    subjectHead: 0,
    claimant: 0,
  };
  const used = new Set<Figure>();
  let from = 0;
  for (const g of line.figures) {
    const start = line.text.indexOf(g.text, from);
    from = start + g.text.length;
    const span = { start, end: start + g.text.length };
    const p = predicted.find((f) => !used.has(f) && f.span.start < span.end && span.start < f.span.end);
    if (!p) {
      misses.push(`${line.split} ${line.id} missed "${g.text}"`);
      continue;
    }
    used.add(p);
    t.matched++;
    const checks = {
      valueQualifier:
        same(p.value, g.value) && p.qualifier === g.qualifier && same(p.low, g.low) && same(p.high, g.high),
      increment: p.increment === g.increment,
      subjectHead: sameSubjectHead(p.subject, g.subject),
      claimant: normalizePhrase(p.claimant) === normalizePhrase(g.claimant),
    };
    for (const [k, ok] of Object.entries(checks) as [keyof typeof checks, boolean][]) {
      if (ok) t[k]++;
      else
        misses.push(
          `${line.split} ${line.id} ${k} "${g.text}": got ${describe(p, k)}, want ${describe(g, k)}`,
        );
    }
  }
  for (const p of predicted) if (!used.has(p)) misses.push(`${line.split} ${line.id} spurious "${p.text}"`);
  return t;
}

function describe(f: GoldFigure | Figure, k: string): string {
  if (k === 'valueQualifier') return `${f.value} ${f.qualifier} [${f.low}, ${f.high}]`;
  if (k === 'increment') return String(f.increment);
  if (k === 'subjectHead') return JSON.stringify(f.subject);
  return JSON.stringify(f.claimant);
}

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
