import { NER_TYPES } from './labels.js';

/**
 * Entity names by lower-cased, space-joined words, each with a bit per type it was seen as. Every
 * shorter word prefix of a name is kept too, with mask 0, so matching stops as soon as no name
 * can continue.
 */
export type Gazetteer = Map<string, number>;

/** Longest name, in words, that the matcher tries. */
export const GAZETTEER_MAX_WORDS = 6;

/** Adds one labelled name to the gazetteer. */
export function addName(gazetteer: Gazetteer, words: readonly string[], type: string): void {
  const bit = NER_TYPES.indexOf(type as (typeof NER_TYPES)[number]);
  if (bit < 0 || words.length > GAZETTEER_MAX_WORDS) return;
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 1; k < lower.length; k++) {
    const prefix = lower.slice(0, k).join(' ');
    if (!gazetteer.has(prefix)) gazetteer.set(prefix, 0);
  }
  const key = lower.join(' ');
  gazetteer.set(key, (gazetteer.get(key) ?? 0) | (1 << bit));
}

/**
 * Marks, for every word of a sentence, the gazetteer names covering it: bit `t` when it begins a
 * name of type t, bit `4 + t` when it continues one. Matching starts only at capitalised words,
 * so the common case (lower-case prose) costs one character test per word.
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  lower: readonly string[],
  capitalised: readonly boolean[],
): Uint8Array {
  const marks = new Uint8Array(lower.length);
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
      for (let k = i + 1; k <= j; k++) marks[k] |= mask << 4;
    }
  }
  return marks;
}
