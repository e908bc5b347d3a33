/**
 * Names from outside the training data, for the tagger's external gazetteer: well-kept packages
 * already among the project's dependencies (all MIT), plus the project's own place and
 * organisation lists. Deterministic: the lists are sorted and deduplicated.
 *
 * - `compromise` (MIT): its lexicon's cities, countries and regions (LOC), organisations and sports
 *   teams (ORG), demonyms (MISC), first and last names and famous people (PER);
 * - `i18n-iso-countries` (MIT): the English country names (LOC);
 * - `gender-detection-from-name` (MIT): first names of six languages (PER).
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { ORGANISATIONS } from '../../src/nlp/data/organisations.js';
import { PLACES } from '../../src/nlp/data/places.js';

/** One listed name: its words (as the tokenizer splits them) and its type. */
export interface ListedName {
  words: string[];
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

const require = createRequire(import.meta.url);

/** Which compromise lexicon tags give which type; other tags are not names. */
const COMPROMISE_TYPES: Record<string, ListedName['type']> = {
  City: 'LOC',
  Country: 'LOC',
  Region: 'LOC',
  Organization: 'ORG',
  SportsTeam: 'ORG',
  Demonym: 'MISC',
  FirstName: 'PER',
  MaleName: 'PER',
  FemaleName: 'PER',
  LastName: 'PER',
  Person: 'PER',
};

const FIRST_NAME_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'tr'];

/** Splits a listed name into words the way news text is tokenised: at spaces, "'s" and commas. */
function wordsOf(name: string): string[] {
  return name
    .replace(/,/g, ' , ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function compromiseNames(): ListedName[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: ListedName[] = [];
  for (const [name, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    // Abbreviations ("inc", "dept", "st") mark names without being one.
    if (list.includes('Abbreviation') || name.length < 3) continue;
    for (const tag of list) {
      const type = COMPROMISE_TYPES[tag];
      if (type) out.push({ words: wordsOf(name), type });
    }
  }
  return out;
}

function countryNames(): ListedName[] {
  const english = require('i18n-iso-countries/langs/en.json') as {
    countries: Record<string, string | string[]>;
  };
  return Object.values(english.countries).flatMap((names) =>
    (Array.isArray(names) ? names : [names]).map((name) => ({ words: wordsOf(name), type: 'LOC' as const })),
  );
}

function firstNames(): ListedName[] {
  const out: ListedName[] = [];
  for (const language of FIRST_NAME_LANGUAGES) {
    const names = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>;
    for (const name of names.keys()) if (name.length >= 2) out.push({ words: wordsOf(name), type: 'PER' });
  }
  return out;
}

/**
 * Every external name, deduplicated by words and type and sorted, so training reads the same list
 * each run. The first-name lists are long and loose ("Russia", "Korea" and "Pentagon" are names
 * in one of them), so a first name that another list types otherwise is left out.
 */
export function externalNames(): ListedName[] {
  const curated: ListedName[] = [
    ...PLACES.map((p) => ({ words: wordsOf(p), type: 'LOC' as const })),
    ...ORGANISATIONS.map((o) => ({ words: wordsOf(o), type: 'ORG' as const })),
    ...countryNames(),
    ...compromiseNames(),
  ];
  const key = (name: ListedName) => name.words.join(' ').toLowerCase();
  const otherwise = new Set(curated.filter((n) => n.type !== 'PER').map(key));
  const all = [...curated, ...firstNames().filter((n) => !otherwise.has(key(n)))];
  const byKey = new Map<string, ListedName>();
  for (const name of all) byKey.set(`${name.type} ${key(name)}`, name);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}
