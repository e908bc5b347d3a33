import { COMPARE_WORDS } from './data/word-lists.js';
import { type CompareWords, wordsOf } from './words.js';

/** Share of each name's words two multi-word names must have in common to be one claimant. */
const SAME_NAME_SHARE = 0.6;
/** A generational suffix after a surname: "Lloyd J. Austin III" is called Austin. */
const SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;

/** The words that identify a name, titles dropped: compute once, compare many times with `sameNameWords`. */
export function nameKey(name: string | null, lists: CompareWords = COMPARE_WORDS): string[] | null {
  if (!name) return null;
  const noise = new Set<string>(lists.nameNoise);
  const words = wordsOf(name)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => !noise.has(w));
  return words.length > 0 ? words : [name.trim().toLowerCase()];
}

/** Whether two names read as the same claimant or speaker ("Austin", "Lloyd J. Austin III", "Mr. Austin"). */
export function sameName(a: string | null, b: string | null, lists: CompareWords = COMPARE_WORDS): boolean {
  return sameNameWords(nameKey(a, lists), nameKey(b, lists));
}

/** `sameName` over keys from `nameKey`. */
export function sameNameWords(wa: readonly string[] | null, wb: readonly string[] | null): boolean {
  if (!wa || !wb) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const inLong = new Set(long);
  // A surname alone names the person; otherwise most words must be shared.
  if (short.length === 1) return inLong.has(short[0]);
  // A full name after a role is that person ("Larch County Sheriff Luis Ortega" is Luis Ortega).
  if (long.slice(long.length - short.length).every((w, i) => w === short[i])) return true;
  // Most words of both must be shared: "Larch County" is not "Larch County Sheriff Luis Ortega".
  const shared = short.filter((w) => inLong.has(w)).length;
  return shared / short.length >= SAME_NAME_SHARE && shared / long.length >= SAME_NAME_SHARE;
}

/** The last word of a name, suffixes (Jr., III) aside: what copy calls a person on second mention. */
export function surnameOf(name: string): string {
  return name.replace(SUFFIX, '').split(/\s+/).at(-1) ?? name;
}

/** Whether a "name" only points at someone ("he", "they", "I’d"): nothing to compare it by. */
export function isPronoun(name: string, lists: CompareWords = COMPARE_WORDS): boolean {
  const pronouns: readonly string[] = lists.pronouns;
  return pronouns.includes(name.trim().toLowerCase().replace(/’/g, "'"));
}
