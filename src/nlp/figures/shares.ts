import type { Token } from '../../model/index.js';
import type { NumberLexicon } from '../lexicon.js';

/** A share read from words: its percent value and the past-last token. */
export interface Share {
  value: number;
  next: number;
}

/** Percent with two decimals, as shares are written in the gold and in briefs (two-thirds → 66.67). */
const percentOf = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

/** Largest "in M" base read as a share ("1 in 5", "Six in 10", "one in 100"). */
const MAX_BASE = 100;

/**
 * "Six in 10", "one out of five", "eight of 10": a count over a small base is a share. "Of" makes a
 * share only over ten ("58 of 61 debates" are two counts).
 */
export function readShareOver(
  tokens: Token[],
  part: { value: number; next: number },
  end: number,
  words: NumberLexicon,
): Share | null {
  let k = part.next;
  const w = lowerAt(tokens, k, end);
  if (w === 'out' && lowerAt(tokens, k + 1, end) === 'of') k++;
  else if (w === null || !words.shareJoiners.has(w)) return null;
  const base = baseAt(tokens, k + 1, end, words);
  if (base === null || !Number.isInteger(part.value) || part.value > base) return null;
  if (w === 'of' && base !== 10) return null;
  // "6 in 10 percent" or "1 in 5 million" is no share of a small base.
  const after = lowerAt(tokens, k + 2, end);
  if (after !== null && (words.scales.has(after) || words.percentWords.has(after))) return null;
  return { value: percentOf(part.value, base), next: k + 2 };
}

function baseAt(tokens: Token[], k: number, end: number, words: NumberLexicon): number | null {
  const t = tokens[k];
  if (!t || k >= end) return null;
  const v =
    t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : words.units.get(t.text.toLowerCase());
  return v !== undefined && v >= 2 && v <= MAX_BASE ? v : null;
}

/**
 * Shares written as fractions: "two-thirds", "three-quarters", "a third said", "half the states",
 * "nearly half". A lone fraction counts only where a share reads ("a third party" is an ordinal).
 */
export function readFraction(tokens: Token[], i: number, end: number, words: NumberLexicon): Share | null {
  const w = lowerAt(tokens, i, end);
  if (w === null) return null;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const part = words.units.get(w.slice(0, dash));
    const whole = words.shareDenominators.get(w.slice(dash + 1));
    return part !== undefined && whole !== undefined && part < whole
      ? { value: percentOf(part, whole), next: i + 1 }
      : null;
  }
  const article = words.articles.has(w);
  const at = article ? i + 1 : i;
  const fraction = lowerAt(tokens, at, end);
  const whole = fraction === null ? undefined : words.shareDenominators.get(fraction);
  if (whole === undefined || (!article && fraction !== 'half')) return null;
  const prev = lowerAt(tokens, i - 1, end);
  if (prev !== null && words.notShareBefore.has(prev)) return null;
  // "two and a half" is a mixed number, not a share.
  if (prev === 'and' && isNumberAt(tokens, i - 2, words)) return null;
  const next = tokens[at + 1];
  const free =
    at + 1 >= end ||
    next === undefined ||
    next.kind !== 'word' ||
    words.shareAfter.has(next.text.toLowerCase());
  return free ? { value: percentOf(1, whole), next: at + 1 } : null;
}

function isNumberAt(tokens: Token[], k: number, words: NumberLexicon): boolean {
  const t = tokens[k];
  return t !== undefined && (t.kind === 'number' || words.units.has(t.text.toLowerCase()));
}

function lowerAt(tokens: Token[], i: number, end: number): string | null {
  if (i < 0 || i >= end || i >= tokens.length) return null;
  return tokens[i].text.toLowerCase();
}
