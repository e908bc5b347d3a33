import type { QuoteKind, Span } from '../model/index.js';
import { QUOTE_CHARS } from '../nlp/index.js';
import { takeGreedyPairs } from './pairing.js';

/** A gold attribution as the metric sees it. */
export interface GoldQuote {
  content: Span;
  source: Span | null;
  sourceText: string | null;
  quoted: boolean;
}

/** A system quote as the metric sees it (the `--predictions` record). */
export interface PredictedQuote {
  span: Span;
  kind: QuoteKind;
  speaker: { name: string; span: Span } | null;
}

/** Counts for one subset, summed over articles. */
export interface SubsetCounts {
  gold: number;
  predicted: number;
  matched: number;
  withSource: number;
  speakerRight: number;
  exact: number;
}

/** The figures of one subset. */
export interface SubsetScore extends SubsetCounts {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  exactShare: number;
}

/** An empty tally to add articles into. */
export function emptyCounts(): SubsetCounts {
  return { gold: 0, predicted: 0, matched: 0, withSource: 0, speakerRight: 0, exact: 0 };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs predictions with gold one-to-one, largest content overlap first; a pair counts only when the
 * overlap is at least half of the shorter span. Returns [predIndex, goldIndex] pairs.
 */
export function matchQuotes(predicted: Span[], gold: Span[]): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  // Spans are sorted by start, so a sweep keeps candidate search near-linear on long articles.
  const goldOrder = gold.map((_, i) => i).sort((a, b) => gold[a].start - gold[b].start);
  for (let p = 0; p < predicted.length; p++) {
    const ps = predicted[p];
    for (const g of goldOrder) {
      const gs = gold[g];
      if (gs.start >= ps.end) break;
      const o = overlap(ps, gs);
      const shorter = Math.min(ps.end - ps.start, gs.end - gs.start);
      if (o > 0 && o * 2 >= shorter) candidates.push([o, p, g]);
    }
  }
  return takeGreedyPairs(candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]));
}

/** The metric's speaker rule: the mention overlaps the gold source, or shares a capitalised word with it. */
export function speakerMatches(predicted: PredictedQuote['speaker'], gold: GoldQuote): boolean {
  if (!predicted || !gold.source) return false;
  if (overlap(predicted.span, gold.source) > 0) return true;
  const nameWords = new Set(predicted.name.split(/[^\p{L}\p{N}'’.-]+/u).filter(Boolean));
  const capitalised = (gold.sourceText ?? '').split(/[^\p{L}\p{N}'’.-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.some((w) => nameWords.has(w));
}

const TRIM = new RegExp(`^[\\s\\p{P}${QUOTE_CHARS}]+|[\\s\\p{P}${QUOTE_CHARS}]+$`, 'gu');

/** The span with quote marks, punctuation and spaces trimmed from both ends. */
export function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = slice.length - slice.replace(/^[\s\p{P}]+/u, '').length;
  const body = slice.replace(TRIM, '');
  return body === ''
    ? { start: span.start, end: span.start }
    : { start: span.start + lead, end: span.start + lead + body.length };
}

/** Adds one article's matches to a subset tally. */
export function scoreArticle(
  text: string,
  predicted: PredictedQuote[],
  gold: GoldQuote[],
  into: SubsetCounts,
): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  const pairs = matchQuotes(
    predicted.map((q) => q.span),
    gold.map((g) => g.content),
  );
  for (const [p, g] of pairs) {
    into.matched++;
    if (gold[g].source) {
      into.withSource++;
      if (speakerMatches(predicted[p].speaker, gold[g])) into.speakerRight++;
    }
    const a = trimSpan(text, predicted[p].span);
    const b = trimSpan(text, gold[g].content);
    if (a.start === b.start && a.end === b.end) into.exact++;
  }
}

/**
 * Adds one article to both tallies of the metric: `all` (every attribution, every prediction) and
 * `quoted` (gold with quote marks against direct and partial predictions).
 */
export function scoreSubsets(
  text: string,
  predicted: PredictedQuote[],
  gold: GoldQuote[],
  tally: { all: SubsetCounts; quoted: SubsetCounts },
): void {
  scoreArticle(text, predicted, gold, tally.all);
  scoreArticle(
    text,
    predicted.filter((q) => q.kind !== 'indirect'),
    gold.filter((g) => g.quoted),
    tally.quoted,
  );
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall, F1, speaker accuracy and exact-span share of a tally. */
export function finishScore(c: SubsetCounts): SubsetScore {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    ...c,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speakerAccuracy: ratio(c.speakerRight, c.withSource),
    exactShare: ratio(c.exact, c.matched),
  };
}
