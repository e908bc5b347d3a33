import type { EntityType, LinkEvidence } from '../model/index.js';
import type { RegistryLexicon } from './lexicon.js';
import { foldable, foldKey, initialled, keyWords, nameKey, romanisationKey } from './names.js';
import { comparePersons, type PersonMatch, type PersonName, parsePerson } from './person.js';
import type { Place, PlaceIndex } from './places.js';

/** Bounds that keep hostile input (10,000 names in one article, alias chains) cheap and contained. */
export interface LinkerOptions {
  /** Merges one article may cause; more are refused and reported. Default 4. */
  maxMergesPerArticle: number;
  /** Entities kept per name key or story word; enough for real news, bounded for hostile text. Default 32. */
  maxCandidates: number;
  /** Distinct name keys one entity may gather; a merge past it is refused and reported. Default 64. */
  maxKeysPerEntity: number;
}

export const DEFAULT_LINKER_OPTIONS: LinkerOptions = {
  maxMergesPerArticle: 4,
  maxCandidates: 32,
  maxKeysPerEntity: 64,
};

/** One registry entity as the linker keeps it while linking. */
export interface Rec {
  id: string;
  /** The type most of its mentions were given (the tagger's type wavers on one name: "Creighton" as a person, then a team). */
  type: EntityType;
  /** Mentions per tagger type, the votes `type` follows. */
  typeVotes: Map<EntityType, number>;
  place: Place | null;
  /** The full names articles gave it, with counts: the canonical name is the most given. */
  votes: Map<string, number>;
  aliases: Map<string, number>;
  roles: Map<string, number>;
  keys: Set<string>;
  /** The full personal names (given name and surname) articles gave it, distinct, most voted first; empty for a one-word person. */
  people: PersonName[];
  /** Acronym key → the key of the name it abbreviates, as articles showed them together. */
  acronyms: Map<string, string>;
  /** Stories its articles were linked in, in order of first appearance. */
  stories: Set<string>;
  /** Name keys of entities written in its articles (bounded): the company it keeps, to tell namesakes apart. */
  neighbours: Set<string>;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  mentions: number;
}

/** What the rest of the article says about an entity being linked. */
export interface Setting {
  storyId: string | null;
  roles: readonly string[];
  /** Name keys of the article's other entities. */
  neighbours: readonly string[];
}

/** A registry entity found for an article entity, with the evidence and the form that matched. */
export interface Match {
  rec: Rec;
  evidence: LinkEvidence;
  matched: string | null;
}

/**
 * Everything one linker holds: its records, the union-find of merges, and the indexes the rules
 * read. One per linker; the rule modules take it as their first argument.
 */
export interface LinkState {
  opts: LinkerOptions;
  lexicon: RegistryLexicon;
  places: PlaceIndex;
  recs: Map<string, Rec>;
  /** Merged id → the id it was merged into. */
  parent: Map<string, string>;
  byKey: Map<string, string[]>;
  /** Names of three words or more by `foldKey`: plural and spelling variants of one name. */
  byFold: Map<string, string[]>;
  /** Names of three words or more by their leading words' initials ("ins sukanya" for Indian Naval Ship Sukanya). */
  byInitials: Map<string, string[]>;
  /** Persons by full written name (`PersonName.key`), and by surname for the variants (bounded per surname). */
  byPersonKey: Map<string, string[]>;
  bySurname: Map<string, string[]>;
  byPlace: Map<string, string>;
  /** Organisations of two words or more by their first and last words, for one-word short forms (bounded). */
  orgWords: Map<string, string[]>;
  storyWords: Map<string, Map<string, string[]>>;
  articleLinks: Map<string, Map<string, string>>;
  /** Given names of the registry's persons: a word among them is never dropped from a name as noise. */
  givenNames: Set<string>;
  /** Name keys by text and parsed person names by key: names repeat across articles (bounded). */
  keyCache: Map<string, string>;
  personCache: Map<string, PersonName | null>;
}

/** Distinct full names kept per person ("Maurice Cheeks", "Mo Cheeks"): the forms the person goes by. */
const MAX_PEOPLE_NAMES = 8;

/** Name keys remembered per linker. */
const MAX_CACHED_KEYS = 100_000;

const MATCH_RANK: Record<PersonMatch, number> = { conflict: 0, romanised: 1, compatible: 2, same: 3 };

export function createState(places: PlaceIndex, lexicon: RegistryLexicon, opts: LinkerOptions): LinkState {
  return {
    opts,
    lexicon,
    places,
    recs: new Map(),
    parent: new Map(),
    byKey: new Map(),
    byFold: new Map(),
    byInitials: new Map(),
    byPersonKey: new Map(),
    bySurname: new Map(),
    byPlace: new Map(),
    orgWords: new Map(),
    storyWords: new Map(),
    articleLinks: new Map(),
    givenNames: new Set(),
    keyCache: new Map(),
    personCache: new Map(),
  };
}

/** The name key of a text, computed once per text (bounded). */
export function keyOf(s: LinkState, text: string): string {
  let key = s.keyCache.get(text);
  if (key === undefined) {
    if (s.keyCache.size >= MAX_CACHED_KEYS) s.keyCache.clear();
    key = nameKey(text);
    s.keyCache.set(text, key);
  }
  return key;
}

/** The person name a key reads as, parsed once per key (bounded). */
export function personOf(s: LinkState, key: string): PersonName | null {
  let p = s.personCache.get(key);
  if (p === undefined) {
    if (s.personCache.size >= MAX_CACHED_KEYS) s.personCache.clear();
    p = parsePerson(key, s.lexicon.person);
    s.personCache.set(key, p);
  }
  return p;
}

/** The id an id was merged into, at the end of the chain (the chain is shortened on the way). */
export function find(s: LinkState, id: string): string {
  let root = id;
  while (s.parent.has(root)) root = s.parent.get(root)!;
  if (root !== id) s.parent.set(id, root);
  return root;
}

/** The live records of some ids, each once. */
export function live(s: LinkState, ids: readonly string[] | undefined): Rec[] {
  if (!ids) return [];
  const out: Rec[] = [];
  for (const id of ids) {
    const rec = s.recs.get(find(s, id))!;
    if (!out.includes(rec)) out.push(rec);
  }
  return out;
}

function push(s: LinkState, map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list.length < s.opts.maxCandidates && !list.includes(id)) list.push(id);
}

export function index(s: LinkState, rec: Rec, key: string): void {
  if (rec.keys.has(key) || rec.keys.size >= s.opts.maxKeysPerEntity) return;
  rec.keys.add(key);
  push(s, s.byKey, key, rec.id);
  if (foldable(key)) push(s, s.byFold, foldKey(key), rec.id);
  for (const short of initialled(key)) push(s, s.byInitials, short, rec.id);
  indexOrganisation(s, rec, key);
}

/** An organisation's name of two words or more, by its first and last words (for one-word short forms). */
export function indexOrganisation(s: LinkState, rec: Rec, key: string): void {
  const words = keyWords(key);
  if (words.length > 1 && isOrganisation(rec)) {
    push(s, s.orgWords, words[0], rec.id);
    push(s, s.orgWords, words[words.length - 1], rec.id);
  }
}

export function isOrganisation(rec: Rec): boolean {
  return (
    !rec.place &&
    (rec.type === 'ORG' || rec.type === 'MISC' || (rec.type === 'LOC' && rec.people.length === 0))
  );
}

export function indexStory(s: LinkState, rec: Rec, storyId: string | null): void {
  if (!storyId) return;
  let words = s.storyWords.get(storyId);
  if (!words) {
    words = new Map();
    s.storyWords.set(storyId, words);
  }
  for (const w of storyWordsOf(rec)) push(s, words, w, rec.id);
}

/** The words a short form may use for this entity within a story: given name and surname, or an organisation's head. */
function storyWordsOf(rec: Rec): string[] {
  if (rec.type === 'PERSON') {
    if (rec.people.length > 0)
      return rec.people.flatMap((p) => [p.surname, romanisationKey(p.surname), p.given!]);
    return [...rec.keys].filter((k) => !k.includes(' '));
  }
  if (rec.place) return [];
  const out: string[] = [];
  for (const k of rec.keys) {
    const words = keyWords(k);
    out.push(words[words.length - 1]);
    if (words.length > 1 && rec.type !== 'LOC') out.push(words[0]);
  }
  return out;
}

/** Records a full name of a person entity (bounded), most voted name first, and indexes its surname. */
export function addPerson(s: LinkState, rec: Rec, p: PersonName | null): void {
  if (!p?.given) return;
  s.givenNames.add(p.given);
  if (rec.people.length >= MAX_PEOPLE_NAMES || rec.people.some((q) => q.key === p.key)) return;
  rec.people.push(p);
  push(s, s.byPersonKey, p.key, rec.id);
  push(s, s.bySurname, romanisationKey(p.surname), rec.id);
}

/** How a full name relates to a person entity: the best agreement with any of its full names. */
export function matchPerson(name: PersonName, rec: Rec): PersonMatch {
  let best: PersonMatch = 'conflict';
  for (const p of rec.people) {
    const m = comparePersons(name, p);
    if (MATCH_RANK[m] > MATCH_RANK[best]) best = m;
  }
  return best;
}

export function create(s: LinkState, id: string, type: EntityType, place: Place | null): Rec {
  const rec: Rec = {
    id,
    type,
    typeVotes: new Map(),
    place,
    votes: new Map(),
    aliases: new Map(),
    roles: new Map(),
    keys: new Set(),
    people: [],
    acronyms: new Map(),
    stories: new Set(),
    neighbours: new Set(),
    firstSeen: null,
    lastSeen: null,
    articles: 0,
    mentions: 0,
  };
  s.recs.set(id, rec);
  if (place) s.byPlace.set(place.key, id);
  return rec;
}

export function inStory(rec: Rec, storyId: string | null): boolean {
  return storyId !== null && rec.stories.has(storyId);
}

/** The one candidate to take: the only one, else the only one in the story; null when still ambiguous. */
export function single(cands: Rec[], storyId: string | null): Rec | null {
  if (cands.length === 1) return cands[0];
  const here = cands.filter((r) => inStory(r, storyId));
  return here.length === 1 ? here[0] : null;
}

/** Of several entities with one name, the most linked (earliest on a tie): deterministic. */
export function mostSeen(cands: Rec[]): Rec | null {
  let best: Rec | null = null;
  for (const r of cands) if (!best || r.articles > best.articles) best = r;
  return best;
}

/** Types that may name one entity: the same, or organisation and miscellany (the tagger mixes them). */
export function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || (a !== 'PERSON' && a !== 'LOC' && b !== 'PERSON' && b !== 'LOC');
}

/**
 * Types one name may carry in one story: any two, except a place and an organisation under a
 * one-word name, which real news gives to both (Philadelphia, the city and its team).
 */
export function mayShareName(a: EntityType, b: EntityType, oneWord: boolean): boolean {
  const place = (t: EntityType) => t === 'LOC';
  const organisation = (t: EntityType) => t === 'ORG' || t === 'MISC';
  return !(oneWord && ((place(a) && organisation(b)) || (organisation(a) && place(b))));
}
