import type { Figure } from '../model/index.js';
import { COMPARE_WORDS } from './data/word-lists.js';
import { overlap } from './overlap.js';
import { type CompareWords, contentWords } from './words.js';

/** Share of the fewer modifiers two figures must share to count the same thing. */
const SAME_MODIFIERS = 0.5;

/** What a figure counts, as canonical words: the unit ("troops") and its modifiers ("north", "korean"). */
export interface CountKey {
  unit: string | null;
  modifiers: Set<string>;
  /** The unit measures (money, percent, distance, time) rather than names what is counted. */
  measure: boolean;
}

/** What a figure counts: its unit (or the subject's head noun) and the other words of its subject. */
export function countKey(
  figure: Pick<Figure, 'unit' | 'subject'>,
  lists: CompareWords = COMPARE_WORDS,
): CountKey {
  const subject = contentWords(figure.subject ?? '', lists);
  const unitWords = contentWords(figure.unit ?? '', lists);
  const all = [...subject, ...unitWords];
  const heads: readonly string[] = lists.heads;
  const head = heads.find((h) => all.includes(h));
  const unit = head ?? unitWords.at(-1) ?? subject.at(-1) ?? null;
  const modifiers = new Set(all.filter((w) => w !== unit && !heads.includes(w)));
  const measures: readonly string[] = lists.measures;
  return { unit, modifiers, measure: unit !== null && measures.includes(unit) };
}

/** Whether two figures count the same thing, whatever the wording. */
export function sameCount(a: CountKey, b: CountKey): boolean {
  if (a.unit === null || b.unit === null || a.unit !== b.unit) return false;
  if (a.modifiers.size === 0 || b.modifiers.size === 0) return !a.measure;
  return overlap(a.modifiers, b.modifiers) >= SAME_MODIFIERS;
}

/**
 * The unit a figure is written in, for telling numbers of different kinds apart: percentage
 * points are not percent ("5 percentage points" ≠ "5 percent"), whatever unit the extractor gave.
 */
export function unitAsWritten(
  figure: Pick<Figure, 'text' | 'unit' | 'subject'>,
  lists: CompareWords = COMPARE_WORDS,
): string | null {
  if (/\bpercentage points?\b|\bpoints?\b|\bpts\b/i.test(figure.text)) return 'point';
  return countKey(figure, lists).unit;
}
