import { compactKey, keyWords, romanisationKey } from './names.js';

/** Word lists person names are read with (lower case, without periods). */
export interface PersonLexicon {
  /** Mr, Ms, Dr, Sen…: dropped from the front of a name. */
  honorifics: ReadonlySet<string>;
  /** Jr, Sr, II, III…: a different one is a different person. */
  generations: ReadonlySet<string>;
  /** MD, PhD…: degrees after a name, dropped. */
  degrees: ReadonlySet<string>;
  /** Short given names and the full names they stand for ("mo" → maurice, "pat" → patrick, patricia). */
  nicknames: ReadonlyMap<string, readonly string[]>;
}

/** The parts of a personal name key ("lloyd j austin iii"). */
export interface PersonName {
  /** Name words without honorific, degrees and generation ("lloyd", "j", "austin"). */
  words: string[];
  /** The first word, null for a one-word name. */
  given: string | null;
  /** The given name and the full names it is short for ("mo": mo, maurice); empty for a one-word name. */
  givenForms: readonly string[];
  /** Words between given name and surname ("j"; "h", "w" for George H. W. Bush). */
  middle: string[];
  surname: string;
  /** "jr", "sr", "iii"…, null when none is written. */
  generation: string | null;
  /** The name words without spaces or hyphens, with the generation: equal keys are the same written name. */
  key: string;
}

/** Reads a person's name key into its parts; null when no name word is left. */
export function parsePerson(key: string, lexicon: PersonLexicon): PersonName | null {
  const all = keyWords(key);
  let from = 0;
  while (from < all.length - 1 && lexicon.honorifics.has(all[from])) from++;
  let generation: string | null = null;
  const words: string[] = [];
  for (let i = from; i < all.length; i++) {
    const w = all[i];
    if (i > from && lexicon.degrees.has(w)) continue;
    if (i > from && lexicon.generations.has(w)) {
      generation = w;
      continue;
    }
    words.push(w);
  }
  if (words.length === 0) return null;
  const surname = words[words.length - 1];
  const given = words.length > 1 ? words[0] : null;
  return {
    words,
    given,
    givenForms: given ? givenFormsOf(given, words.slice(1, -1), lexicon) : [],
    middle: words.slice(1, -1),
    surname,
    generation,
    key: `${compactKey(words.join(' '))}${generation ? `#${generation}` : ''}`,
  };
}

/**
 * The names a given name may stand for: itself, the full names of a short form ("mo": maurice), and
 * for a leading initial the middle name people go by ("w mark felt" goes by Mark, as J. Edgar Hoover
 * by Edgar).
 */
function givenFormsOf(given: string, middle: readonly string[], lexicon: PersonLexicon): string[] {
  const out = [given, ...(lexicon.nicknames.get(given) ?? [])];
  if (given.length === 1 && middle.length > 0 && middle[0].length > 1) out.push(middle[0]);
  return out;
}

/** How two personal names relate: the same written name, a compatible one, or one that blocks a merge. */
export type PersonMatch = 'same' | 'compatible' | 'romanised' | 'conflict';

/** Generations that later mentions routinely drop (Lloyd J. Austin III is "Lloyd Austin"); Jr. and Sr. never. */
const DROPPABLE_GENERATIONS = new Set(['ii', 'iii', 'iv', 'v']);

/**
 * Compares two full names (given name and surname each): a different given name, a different
 * middle initial, a different generation (Jr. against Sr., or Jr. against none: Donald Trump Jr.
 * is not Donald Trump) block; an initial matches a given name that starts with it, a short form the
 * full name it stands for (Mo and Maurice); a missing middle name matches any.
 */
export function comparePersons(a: PersonName, b: PersonName): PersonMatch {
  if (a.given === null || b.given === null) return 'conflict';
  if (a.key === b.key) return 'same';
  if (!generationsAgree(a.generation, b.generation)) return 'conflict';
  if (compactKey(a.words.join(' ')) === compactKey(b.words.join(' '))) return 'same';
  let romanised = false;
  if (a.surname !== b.surname) {
    if (romanisationKey(a.surname) !== romanisationKey(b.surname)) return 'conflict';
    romanised = true;
  }
  if (!namesAgree(a.given, b.given) && !a.givenForms.some((g) => b.givenForms.includes(g))) return 'conflict';
  const n = Math.min(a.middle.length, b.middle.length);
  if (n > 0 && a.middle.length !== b.middle.length) return 'conflict';
  for (let i = 0; i < n; i++) if (!namesAgree(a.middle[i], b.middle[i])) return 'conflict';
  return romanised ? 'romanised' : 'compatible';
}

function generationsAgree(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null) return DROPPABLE_GENERATIONS.has(b!);
  if (b === null) return DROPPABLE_GENERATIONS.has(a);
  return false;
}

/** "j" agrees with "john"; "john" with "john"; "john" not with "jane". */
function namesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** True when a full name's given name is only an initial ("J. Smith"): it fits more than one person. */
export function givenIsInitial(name: PersonName): boolean {
  return name.given !== null && name.given.length === 1;
}
