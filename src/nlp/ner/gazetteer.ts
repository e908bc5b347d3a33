import { NER_TYPES } from './labels.js';

/**
 * Entity names by lower-cased, space-joined words, each with a bit per type it was seen as: bits
 * 0–3 for names of the training data, 4–7 for names from external lists (so the tagger learns how
 * far to trust each). Every shorter word prefix of a name is kept too, with mask 0, so matching
 * stops as soon as no name can continue.
 */
export type Gazetteer = Map<string, number>;

/** Where a gazetteer name comes from: the labelled training data or an external name list. */
export type NameSource = 'training' | 'external';

/** Longest name, in words, that the matcher tries. */
export const GAZETTEER_MAX_WORDS = 6;

/** Adds one name of type `type` (PER, ORG, LOC, MISC) to the gazetteer. */
export function addName(
  gazetteer: Gazetteer,
  words: readonly string[],
  type: string,
  source: NameSource = 'training',
): void {
  const index = NER_TYPES.indexOf(type as (typeof NER_TYPES)[number]);
  if (index < 0 || words.length === 0 || words.length > GAZETTEER_MAX_WORDS) return;
  const bit = index + (source === 'external' ? 4 : 0);
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 1; k < lower.length; k++) {
    const prefix = lower.slice(0, k).join(' ');
    if (!gazetteer.has(prefix)) gazetteer.set(prefix, 0);
  }
  const key = lower.join(' ');
  gazetteer.set(key, (gazetteer.get(key) ?? 0) | (1 << bit));
}

/**
 * Marks, for every word of a sentence, the gazetteer names covering it: the name's mask (bits
 * 0–7) when the word begins it, the mask shifted by 8 when it continues one. Matching starts only
 * at capitalised words, so the common case (lower-case prose) costs one test per word.
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  lower: readonly string[],
  capitalised: readonly boolean[],
): Uint16Array {
  const marks = new Uint16Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    if (!capitalised[i]) continue;
    let key = '';
    const stop = Math.min(lower.length, i + GAZETTEER_MAX_WORDS);
    for (let j = i; j < stop; j++) {
      key = j === i ? lower[j] : `${key} ${lower[j]}`;
      const mask = gazetteer.get(key);
      if (mask === undefined) break;
      if (mask === 0) continue;
      marks[i] |= mask;
      for (let k = i + 1; k <= j; k++) marks[k] |= mask << 8;
    }
  }
  return marks;
}

/** The training-data part of a word's marks as one byte: begin bits 0–3, continue bits 4–7. */
export function trainingMarks(marks: number): number {
  return (marks & 0xf) | ((marks >> 4) & 0xf0);
}

/** The external-list part of a word's marks as one byte: begin bits 0–3, continue bits 4–7. */
export function externalMarks(marks: number): number {
  return ((marks >> 4) & 0xf) | ((marks >> 8) & 0xf0);
}
