import { ACRONYM_SKIP, HONORIFICS, NAME_SUFFIXES, TITLE_WORDS } from '../nlp/index.js';
import { NICKNAMES } from './data/nicknames.js';
import { COLLECTIVE_HEADS, DEGREES } from './data/words.js';
import { nameKey } from './names.js';
import type { PersonLexicon } from './person.js';

/** The word lists linking reads, as name keys (lower case, no periods). */
export interface RegistryLexicon {
  person: PersonLexicon;
  /** Courtesy titles that make a name a person's whatever the tagger said ("Mr. Austin"). */
  courtesy: ReadonlySet<string>;
  /** Function words left out of an acronym's letters ("of", "and"). */
  acronymSkip: ReadonlySet<string>;
  /** Group nouns after a country's name or demonym that stand for its state ("American officials"). */
  collectives: ReadonlySet<string>;
}

const keys = (words: readonly string[]) => new Set(words.map(nameKey).filter((k) => k !== ''));

/** The shipped lists: honorifics and titles from the entity finder's own lists, so both read names alike. */
export const DEFAULT_REGISTRY_LEXICON: RegistryLexicon = {
  person: {
    honorifics: keys([...HONORIFICS, ...TITLE_WORDS.heads, 'dr', 'doctor', 'miss']),
    generations: keys(NAME_SUFFIXES.filter((s) => !DEGREES.includes(s.replace(/\./g, '')))),
    degrees: keys(DEGREES),
    nicknames: nicknamesOf(NICKNAMES),
  },
  courtesy: keys([...HONORIFICS, 'dr']),
  acronymSkip: keys(ACRONYM_SKIP),
  collectives: keys(COLLECTIVE_HEADS),
};

/** Short form → the full names it stands for, from the table of full name → short forms. */
function nicknamesOf(
  table: Readonly<Record<string, readonly string[]>>,
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [full, shorts] of Object.entries(table))
    for (const short of shorts) out.set(short, [...(out.get(short) ?? []), full]);
  return out;
}
