import { writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { toArticle } from '../ingest/index.js';
import type { Claim, Figure } from '../model/index.js';
import { buildLexicon, findClaims, findFigures, readAttribution, readDoc } from '../nlp/index.js';
import { readDataFile } from './data-file.js';
import type { EvalOptions, EvalReport } from './task.js';

/** One annotated sentence of a gold set (`test/gold/*.jsonl`); `split` is "dev" or "heldout". */
export interface GoldLine {
  id: string;
  split: string;
  text: string;
}

/** Reads a JSONL gold file, checking each line has an id, a split and a text. */
export function readGold<T extends GoldLine>(path: string, field: string): T[] {
  const raw = readDataFile(
    path,
    'the gold file',
    'pass a JSONL file such as test/gold/{figures,claims}.jsonl with --data',
  );
  const lines: T[] = [];
  for (const [n, line] of raw.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`line ${n + 1} is not JSON`, 'fix or remove the line', path);
    }
    const r = row as Partial<GoldLine> & Record<string, unknown>;
    if (
      typeof r.id !== 'string' ||
      typeof r.text !== 'string' ||
      typeof r.split !== 'string' ||
      !Array.isArray(r[field])
    ) {
      throw new InputError(
        `line ${n + 1} lacks id, split, text or ${field}`,
        'see test/gold/README.md for the format',
        path,
      );
    }
    lines.push(r as T);
  }
  if (lines.length === 0)
    throw new InputError('the gold file has no lines', 'pass a non-empty JSONL gold file', path);
  return lines;
}

/** What the figures and claims tasks score for one sentence. */
export interface GoldFindings {
  figures: Figure[];
  claims: Claim[];
}

/**
 * Runs the shipped figure and claim stages on a gold sentence as `analyze` does, on the article
 * `toArticle` builds. Entities are left out: they only set `claimantId` (and name pronoun
 * claimants), which the gold sets do not score, and leaving them out keeps these scores apart
 * from the NER model's state.
 */
export function analyzeGold(): (line: GoldLine) => GoldFindings {
  const lexicon = buildLexicon();
  return (line) => {
    const article = toArticle({ text: line.text });
    const doc = readDoc(article.text, article.published);
    const attribution = readAttribution(doc, [], lexicon);
    return { figures: findFigures(attribution), claims: findClaims(attribution) };
  };
}

/** A claimant or subject as compared: lower case, curly apostrophes straight, no leading article. */
export function normalizePhrase(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  return t === '' ? null : t;
}

/** A ratio rounded to four places; 0 of 0 is 1 (nothing to get wrong). */
export function ratio(correct: number, total: number): number {
  return total === 0 ? 1 : Math.round((correct / total) * 10000) / 10000;
}

/** Splits in a fixed order, then "all". */
export function splitsOf(lines: GoldLine[]): string[] {
  return [...new Set(lines.map((l) => l.split))].sort().concat('all');
}

/** Counts for one gold line or one split: gold items, predictions, matches, then one count per check. */
export type Tally = { gold: number; predicted: number; matched: number } & Record<string, number>;

/** What one sentence-gold evaluation predicts and checks, and how it names its columns. */
export interface SplitScoring<L extends GoldLine, P> {
  task: string;
  /** What the gold items are called in the metrics and the predictions file ("figures"). */
  items: string;
  predict: (line: L) => P[];
  /** Counts a line's matches and checks, and pushes one line per error to `misses`. */
  score: (line: L, predicted: P[], misses: string[]) => Tally;
  /** The checks after precision and recall, in column order, each scored over all gold items. */
  checks: readonly string[];
  /** The table's header after the split, gold, P and R columns. */
  columns: string;
}

/**
 * Scores a sentence gold set per split ("dev", "heldout") and overall: precision and recall of the
 * matches, then each check as a share of the gold items (a missed item is wrong on each).
 */
export function scoreBySplit<L extends GoldLine, P>(
  lines: L[],
  options: EvalOptions,
  scoring: SplitScoring<L, P>,
): EvalReport {
  const tallies = new Map<string, Tally>();
  const predictions: string[] = [];
  const misses: string[] = [];
  lines.forEach((line, n) => {
    const predicted = scoring.predict(line);
    const tally = scoring.score(line, predicted, misses);
    for (const split of [line.split, 'all']) addTally(tallies, split, tally);
    predictions.push(JSON.stringify({ id: line.id, [scoring.items]: predicted }));
    options.progress(n + 1, lines.length);
  });
  if (options.predictions) writeFileSync(options.predictions, `${predictions.join('\n')}\n`);
  const metrics: Record<string, unknown> = {};
  const out = [
    `${scoring.task} on ${options.data}: ${lines.length} sentences`,
    `split     gold  P       R       ${scoring.columns}`,
  ];
  for (const split of splitsOf(lines)) {
    const t = tallies.get(split);
    if (!t) continue;
    const m: Record<string, number> = {
      [scoring.items]: t.gold,
      predicted: t.predicted,
      precision: ratio(t.matched, t.predicted),
      recall: ratio(t.matched, t.gold),
    };
    for (const check of scoring.checks) m[check] = ratio(t[check], t.gold);
    metrics[split] = m;
    const shares = [m.precision, m.recall, ...scoring.checks.map((c) => m[c])];
    out.push(
      `${split.padEnd(8)} ${String(t.gold).padStart(5)}  ${shares.map((x) => x.toFixed(4)).join('  ')}`,
    );
  }
  return { task: scoring.task, metrics, lines: out.concat(misses.length ? ['errors:', ...misses] : []) };
}

function addTally(tallies: Map<string, Tally>, split: string, t: Tally): void {
  const sum = tallies.get(split);
  if (!sum) tallies.set(split, { ...t });
  else for (const k of Object.keys(t)) sum[k] += t[k];
}
