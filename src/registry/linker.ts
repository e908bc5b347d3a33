import type {
  Analysis,
  EntityLink,
  EntityType,
  LinkEvidence,
  RegistryChange,
  RegistryEntity,
} from '../model/index.js';
import { DEFAULT_REGISTRY_LEXICON, type RegistryLexicon } from './lexicon.js';
import {
  acronymOf,
  initialsOf,
  keyWords,
  MAX_NAME_CHARS,
  mixesScripts,
  nameKey,
  oneEditApart,
  romanisationKey,
} from './names.js';
import { comparePersons, type PersonMatch, type PersonName, parsePerson } from './person.js';
import type { Place, PlaceIndex } from './places.js';

/** What the linker reads: the place registry and the word lists (tests hand in small copies). */
export interface LinkerResources {
  places: PlaceIndex;
  lexicon?: RegistryLexicon;
}

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

/** An article entity as the linker reads it: its names, type and roles, and how many mentions it has. */
export interface LinkEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number;
}

/**
 * What the linker reads of an article: small enough to keep with the article, so a store can replay
 * it to rebuild the linker (`linkSourceOf` makes it from an analysis).
 */
export interface LinkSource {
  article: { id: string; published: string | null };
  entities: LinkEntity[];
  /** Ids of the entities that speak or claim (quote speakers, figure and claim claimants). */
  actors: string[];
}

/** The link source of an analysis: its entities, and which of them speak or claim. */
export function linkSourceOf(analysis: Analysis): LinkSource {
  const actors = new Set<string>();
  for (const q of analysis.quotes) if (q.speaker?.entityId) actors.add(q.speaker.entityId);
  for (const f of analysis.figures) if (f.claimantId) actors.add(f.claimantId);
  for (const c of analysis.claims) if (c.claimantId) actors.add(c.claimantId);
  return {
    article: { id: analysis.article.id, published: analysis.article.published },
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.length,
    })),
    actors: [...actors],
  };
}

/** Where an article sits when it is linked: its story decides which short names are unambiguous. */
export interface LinkContext {
  storyId?: string | null;
}

/** What linking one article did: a link per article entity, changes to earlier links, and warnings to log. */
export interface ArticleLinks {
  articleId: string;
  links: EntityLink[];
  changes: RegistryChange[];
  warnings: string[];
}

/** Something that may name an entity: an article entity (by ids), or a bare name such as a claimant. */
export interface EntityRef {
  articleId?: string | null;
  entityId?: string | null;
  name?: string | null;
}

/**
 * The cross-document entity linker: pure, deterministic and in memory (no store, no clock). Feed it
 * article analyses in arrival order; it gives each article entity a registry id with the evidence
 * for the link, and merges entities an article shows to be one (recorded, nothing lost).
 *
 * ```ts
 * const linker = createLinker({ places: loadPlaces() });
 * const { links } = linker.add(analysis, { storyId });
 * linker.sameEntity({ articleId: a.article.id, entityId: 'e1' }, { name: 'American officials' });
 * ```
 */
export interface Linker {
  /** Links every entity of the article; the same input in the same order gives the same ids. */
  add(article: Analysis | LinkSource, context?: LinkContext): ArticleLinks;
  /** True when `add` has seen the article. */
  has(articleId: string): boolean;
  /** The registry id of an article entity seen by `add`, after any merge; null when unseen. */
  registryIdOf(articleId: string, entityId: string): string | null;
  /**
   * The registry entity a bare name refers to ("U.S.", "American officials", "Mr. Austin" within a
   * story), without adding anything; null when the registry holds none or more than one fits.
   */
  lookup(name: string, context?: LinkContext & { type?: EntityType }): string | null;
  /** One identity for ledger, brief and verify: true when both refs resolve to the same registry entity. */
  sameEntity(a: EntityRef, b: EntityRef, context?: LinkContext): boolean;
  /** The registry entity (the survivor, for an id merged away), or null. */
  entity(id: string): RegistryEntity | null;
  /** Every live registry entity, in order of creation. */
  entities(): RegistryEntity[];
}

interface Rec {
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
interface Setting {
  storyId: string | null;
  roles: readonly string[];
  /** Name keys of the article's other entities. */
  neighbours: readonly string[];
}

interface Match {
  rec: Rec;
  evidence: LinkEvidence;
  matched: string | null;
}

/** Distinct full names kept per person ("Maurice Cheeks", "Mo Cheeks"): the forms the person goes by. */
const MAX_PEOPLE_NAMES = 8;

/** Name keys remembered per linker. */
const MAX_CACHED_KEYS = 100_000;

/** Neighbour names kept per entity and read per article: enough to tell namesakes apart. */
const MAX_COMPANY = 16;

const MATCH_RANK: Record<PersonMatch, number> = { conflict: 0, romanised: 1, compatible: 2, same: 3 };

/** Creates an empty linker over the given place registry and word lists. */
export function createLinker(resources: LinkerResources, options: Partial<LinkerOptions> = {}): Linker {
  const opts = { ...DEFAULT_LINKER_OPTIONS, ...options };
  const lexicon = resources.lexicon ?? DEFAULT_REGISTRY_LEXICON;
  const places = resources.places;
  const recs = new Map<string, Rec>();
  const parent = new Map<string, string>();
  const byKey = new Map<string, string[]>();
  /** Persons by full written name (`PersonName.key`), and by surname for the variants (bounded per surname). */
  const byPersonKey = new Map<string, string[]>();
  const bySurname = new Map<string, string[]>();
  const byPlace = new Map<string, string>();
  /** Organisations of two words or more by their first and last words, for one-word short forms (bounded). */
  const orgWords = new Map<string, string[]>();
  const storyWords = new Map<string, Map<string, string[]>>();
  const articleLinks = new Map<string, Map<string, string>>();
  /** Given names of the registry's persons: a word among them is never dropped from a name as noise. */
  const givenNames = new Set<string>();

  // Names repeat across articles ("the United States"): their keys are computed once (bounded).
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) {
      if (keys.size >= MAX_CACHED_KEYS) keys.clear();
      key = nameKey(text);
      keys.set(text, key);
    }
    return key;
  };
  const parsed = new Map<string, PersonName | null>();
  const personOf = (key: string): PersonName | null => {
    let p = parsed.get(key);
    if (p === undefined) {
      if (parsed.size >= MAX_CACHED_KEYS) parsed.clear();
      p = parsePerson(key, lexicon.person);
      parsed.set(key, p);
    }
    return p;
  };
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    if (root !== id) parent.set(id, root);
    return root;
  };
  const live = (ids: readonly string[] | undefined): Rec[] => {
    if (!ids) return [];
    const out: Rec[] = [];
    for (const id of ids) {
      const rec = recs.get(find(id))!;
      if (!out.includes(rec)) out.push(rec);
    }
    return out;
  };
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list.length < opts.maxCandidates && !list.includes(id)) list.push(id);
  };

  function index(rec: Rec, key: string): void {
    if (rec.keys.has(key) || rec.keys.size >= opts.maxKeysPerEntity) return;
    rec.keys.add(key);
    push(byKey, key, rec.id);
    indexOrganisation(rec, key);
  }

  /** An organisation's name of two words or more, by its first and last words (for one-word short forms). */
  function indexOrganisation(rec: Rec, key: string): void {
    const words = keyWords(key);
    if (words.length > 1 && isOrganisation(rec)) {
      push(orgWords, words[0], rec.id);
      push(orgWords, words[words.length - 1], rec.id);
    }
  }

  function isOrganisation(rec: Rec): boolean {
    return (
      !rec.place &&
      (rec.type === 'ORG' || rec.type === 'MISC' || (rec.type === 'LOC' && rec.people.length === 0))
    );
  }

  /** Organisations of two words or more that start or end with `word`; within the story when given. */
  function longNamesWith(word: string, storyId: string | null, type: EntityType): Rec[] {
    const holds = (r: Rec) =>
      [...r.keys].some(
        (k) => k.includes(' ') && (k.endsWith(` ${word}`) || (r.type !== 'LOC' && k.startsWith(`${word} `))),
      );
    // The tagger reads "San Diego Chargers" as a place now and then: a longer name that is no known place counts.
    const fits = (r: Rec) => isOrganisation(r) && (typesAgree(r.type, type) || r.type === 'LOC') && holds(r);
    const pool = storyId ? live(storyWords.get(storyId)?.get(word)) : live(orgWords.get(word));
    return pool.filter(fits);
  }

  function indexStory(rec: Rec, storyId: string | null): void {
    if (!storyId) return;
    let words = storyWords.get(storyId);
    if (!words) {
      words = new Map();
      storyWords.set(storyId, words);
    }
    for (const w of storyWordsOf(rec)) push(words, w, rec.id);
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
  function addPerson(rec: Rec, p: PersonName | null): void {
    if (!p?.given) return;
    givenNames.add(p.given);
    if (rec.people.length >= MAX_PEOPLE_NAMES || rec.people.some((q) => q.key === p.key)) return;
    rec.people.push(p);
    push(byPersonKey, p.key, rec.id);
    push(bySurname, romanisationKey(p.surname), rec.id);
  }

  /** How a full name relates to a person entity: the best agreement with any of its full names. */
  function matchPerson(name: PersonName, rec: Rec): PersonMatch {
    let best: PersonMatch = 'conflict';
    for (const p of rec.people) {
      const m = comparePersons(name, p);
      if (MATCH_RANK[m] > MATCH_RANK[best]) best = m;
    }
    return best;
  }

  function create(id: string, type: EntityType, place: Place | null): Rec {
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
    recs.set(id, rec);
    if (place) byPlace.set(place.key, id);
    return rec;
  }

  /** Adds what one article entity says about the entity it was linked to. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one article entity updates every part of its record (names, roles, places, stories, evidence) in one place, so a record never holds half an entity.
  function absorb(
    rec: Rec,
    e: LinkEntity,
    type: EntityType,
    forms: Form[],
    source: LinkSource,
    setting: Setting,
  ): void {
    const storyId = setting.storyId;
    for (const k of setting.neighbours) {
      if (rec.neighbours.size >= MAX_COMPANY) break;
      rec.neighbours.add(k);
    }
    // Hostile input may write one entity thousands of ways: counts stay bounded, as keys do.
    const bump = (map: Map<string, number>, k: string) => {
      const n = map.get(k);
      if (n !== undefined) map.set(k, n + 1);
      else if (map.size < opts.maxKeysPerEntity * 4) map.set(k, 1);
    };
    if (forms.length > 0) bump(rec.votes, forms[0].text);
    const keys = rec.keys.size;
    for (const f of forms) {
      bump(rec.aliases, f.text);
      index(rec, f.key);
    }
    for (const role of e.roles) bump(rec.roles, role);
    if (rec.type === 'PERSON') for (const f of forms) addPerson(rec, personOf(f.key));
    const name = forms[0]?.text ?? '';
    for (const f of forms.slice(1)) {
      const acronym = acronymOf(f.text);
      if (acronym && initialsOf(name, lexicon.acronymSkip) === acronym)
        rec.acronyms.set(acronym, forms[0].key);
    }
    const newStory = storyId !== null && !rec.stories.has(storyId);
    if (newStory) rec.stories.add(storyId);
    if (newStory || rec.keys.size > keys) indexStory(rec, storyId);
    const day = source.article.published;
    if (day) {
      if (!rec.firstSeen || day < rec.firstSeen) rec.firstSeen = day;
      if (!rec.lastSeen || day > rec.lastSeen) rec.lastSeen = day;
    }
    rec.articles++;
    rec.mentions += e.mentions;
    voteType(rec, type);
  }

  /** Counts the article's type for the entity; when the majority turns, the entity is indexed as its new type. */
  function voteType(rec: Rec, type: EntityType): void {
    if (rec.place) return;
    rec.typeVotes.set(type, (rec.typeVotes.get(type) ?? 0) + 1);
    let best = rec.type;
    for (const [t, n] of rec.typeVotes) if (n > (rec.typeVotes.get(best) ?? 0)) best = t;
    if (best === rec.type) return;
    rec.type = best;
    if (best === 'PERSON') for (const k of rec.keys) addPerson(rec, personOf(k));
    for (const k of rec.keys) indexOrganisation(rec, k);
    for (const s of rec.stories) indexStory(rec, s);
  }

  function placeFor(
    type: EntityType,
    forms: Form[],
    acting: boolean,
  ): { place: Place; evidence: LinkEvidence; matched: string } | null {
    if (type === 'PERSON') return null;
    for (const f of forms) {
      const place = places.byName(f.key);
      // A code is written in capitals: "US" is the country, "Us" a magazine or a word.
      if (!place || (f.key.length <= 3 && !/^[\p{Lu}.\s-]+$/u.test(f.text))) continue;
      if (place.kind === 'capital' && acting) {
        const country = places.byKey(place.countryKey)!;
        return { place: country, evidence: 'seat-of-government', matched: f.text };
      }
      return { place, evidence: 'gazetteer', matched: f.text };
    }
    return null;
  }

  function inStory(rec: Rec, storyId: string | null): boolean {
    return storyId !== null && rec.stories.has(storyId);
  }

  /** The one candidate to take: the only one, else the only one in the story; null when still ambiguous. */
  function single(cands: Rec[], storyId: string | null): Rec | null {
    if (cands.length === 1) return cands[0];
    const here = cands.filter((r) => inStory(r, storyId));
    return here.length === 1 ? here[0] : null;
  }

  /**
   * Namesakes: a person of another story whose roles share no word with the article's and who kept
   * none of the article's company ("Coach John Smith" in Memphis is not "Senator John Smith").
   */
  function strangers(rec: Rec, setting: Setting): boolean {
    if (inStory(rec, setting.storyId) || setting.roles.length === 0 || rec.roles.size === 0) return false;
    const words = (role: string) => role.toLowerCase().split(/[\s-]+/);
    const known = new Set([...rec.roles.keys()].flatMap(words));
    if (setting.roles.flatMap(words).some((w) => known.has(w))) return false;
    return !setting.neighbours.some((k) => rec.neighbours.has(k));
  }

  /** The story's one person of the same given name whose surname is one letter away ("Duncan Raite", "Duncan Rait"). */
  function misspelled(name: PersonName, form: Form, storyId: string | null): Match | null {
    // Latin letters only: a look-alike letter of another script is a spoof, never a misspelling.
    if (!storyId || name.surname.length < 4 || !/^[a-z'-]+$/.test(name.surname)) return null;
    const cands = live(storyWords.get(storyId)?.get(name.given!)).filter(
      (r) =>
        r.type === 'PERSON' &&
        r.people.some((p) => p.given === name.given && oneEditApart(p.surname, name.surname)),
    );
    return cands.length === 1 ? { rec: cands[0], evidence: 'transliteration', matched: form.text } : null;
  }

  /**
   * A headline's word taken into a name ("Hire Maurice Cheeks", "Sanjay Gupta Surgeon"): the name
   * without its first or last word when that is exactly a known person's name and the word dropped
   * is no given name the registry knows (so "John Paul Jones" never becomes "Paul Jones").
   */
  function trimmedPerson(name: PersonName, form: Form, setting: Setting): Match | null {
    const words = keyWords(form.key);
    if (words.length < 3) return null;
    const tries = [
      { dropped: words[0], rest: words.slice(1) },
      { dropped: words[words.length - 1], rest: words.slice(0, -1) },
    ];
    for (const { dropped, rest } of tries) {
      if (givenNames.has(dropped) || dropped === name.generation) continue;
      const trimmed = parsePerson(rest.join(' '), lexicon.person);
      if (!trimmed?.given) continue;
      const rec = single(personCandidates(trimmed, setting).same, setting.storyId);
      if (rec) return { rec, evidence: 'same-name', matched: form.text };
    }
    return null;
  }

  /** Registry persons a full name may be, by how well the names agree. */
  function personCandidates(
    name: PersonName,
    setting: Setting,
  ): { same: Rec[]; compatible: Rec[]; romanised: Rec[] } {
    const out = { same: [] as Rec[], compatible: [] as Rec[], romanised: [] as Rec[] };
    for (const rec of live(byPersonKey.get(name.key)))
      if (rec.type === 'PERSON' && !strangers(rec, setting)) out.same.push(rec);
    if (out.same.length > 0) return out;
    for (const rec of live(bySurname.get(romanisationKey(name.surname)))) {
      if (rec.type !== 'PERSON' || strangers(rec, setting)) continue;
      const m = matchPerson(name, rec);
      if (m !== 'conflict' && !out[m].includes(rec)) out[m].push(rec);
    }
    return out;
  }

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the person-linking rules (full name, surname in the story, role, initial) are tried in the order that is the linker's precision; one list reads as the policy (a candidate for splitting by rule).
  function linkPerson(forms: Form[], setting: Setting): Match | null {
    const storyId = setting.storyId;
    const fulls: { name: PersonName; form: Form }[] = [];
    for (const f of forms) {
      const name = personOf(f.key);
      if (name?.given) fulls.push({ name, form: f });
    }
    if (fulls.length > 0) {
      const levels = [
        ['same', 'same-name'],
        ['compatible', 'alias'],
        ['romanised', 'transliteration'],
      ] as const;
      const found = fulls.map((f) => personCandidates(f.name, setting));
      for (const [level, evidence] of levels) {
        for (const [i, cands] of found.entries()) {
          const list = cands[level];
          if (list.length === 0) continue;
          const rec = level === 'same' ? (single(list, storyId) ?? mostSeen(list)) : single(list, storyId);
          return rec ? { rec, evidence, matched: fulls[i].form.text } : null;
        }
      }
      return (
        misspelled(fulls[0].name, fulls[0].form, storyId) ??
        trimmedPerson(fulls[0].name, fulls[0].form, setting) ??
        organisationNamed(forms[0], storyId) ??
        qualified(forms[0], storyId)
      );
    }
    // A one-word name: the story's one person of that given name or surname, else its one-word entity.
    const f = forms[0];
    const word = personOf(f.key)?.surname;
    if (!word || !storyId) return null;
    const words = storyWords.get(storyId);
    const cands = live(words?.get(word)).concat(live(words?.get(romanisationKey(word))));
    const people = [...new Set(cands.filter((r) => r.type === 'PERSON'))];
    const named = people.filter((r) => r.people.length > 0);
    if (named.length === 1) return { rec: named[0], evidence: 'short-name-in-story', matched: f.text };
    const short = people.find((r) => r.people.length === 0 && r.keys.has(word));
    if (short) return { rec: short, evidence: 'same-name', matched: f.text };
    if (named.length > 0) return null;
    const anywhere = live(bySurname.get(romanisationKey(word))).filter((r) =>
      r.people.some((p) => p.surname === word),
    );
    return anywhere.length === 1
      ? { rec: anywhere[0], evidence: 'short-name-in-story', matched: f.text }
      : null;
  }

  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the organisation and place rules (same name, acronym, alias, country) are tried in precedence order on one candidate set.
  function linkNamed(type: EntityType, forms: Form[], storyId: string | null): Match | null {
    const name = forms[0];
    const agree = (r: Rec) => typesAgree(r.type, type) && !r.place;
    const byName = live(byKey.get(name.key)).filter(agree);
    const named = single(byName, storyId) ?? mostSeen(byName);
    if (named)
      return { rec: named, evidence: named.votes.has(name.text) ? 'same-name' : 'alias', matched: name.text };
    for (const f of forms.slice(1)) {
      const acronym = acronymOf(f.text);
      const expands = acronym !== null && initialsOf(name.text, lexicon.acronymSkip) === acronym;
      const cands = live(byKey.get(f.key)).filter(
        (r) => agree(r) && !(expands && r.acronyms.has(acronym) && r.acronyms.get(acronym) !== name.key),
      );
      const rec = single(cands, storyId);
      if (rec) return { rec, evidence: expands ? 'acronym' : 'alias', matched: f.text };
    }
    // A one-word organisation ("Chargers") and the one longer name it shortens: in the story, else in the archive.
    const words = keyWords(name.key);
    if (words.length === 1 && type === 'ORG' && !places.byDemonym(words[0].replace(/s$/, ''))) {
      const here = storyId ? longNamesWith(words[0], storyId, type) : [];
      if (here.length === 1) return { rec: here[0], evidence: 'short-name-in-story', matched: name.text };
      const anywhere = here.length === 0 ? longNamesWith(words[0], null, type) : [];
      if (anywhere.length === 1)
        return { rec: anywhere[0], evidence: 'short-name-in-archive', matched: name.text };
    }
    return qualified(forms[0], storyId);
  }

  /**
   * A name that is a known entity's name with its country before or after it ("U.S. Surgeon
   * General", "Surgeon General of the United States" for "Surgeon General"): that entity, when one.
   */
  function qualified(form: Form, storyId: string | null): Match | null {
    const words = keyWords(form.key);
    for (let cut = 1; cut < Math.min(words.length, 4); cut++) {
      const head = words.slice(0, cut).join(' ');
      const tail = words.slice(-cut).join(' ');
      const rests: string[] = [];
      if (places.byName(head)?.kind === 'country' || places.byDemonym(head))
        rests.push(words.slice(cut).join(' '));
      if (words[words.length - cut - 1] === 'of' && places.byName(tail)?.kind === 'country')
        rests.push(words.slice(0, -cut - 1).join(' '));
      for (const rest of rests) {
        if (!rest.includes(' ')) continue;
        const rec = single(
          live(byKey.get(rest)).filter((r) => !r.place),
          storyId,
        );
        if (rec) return { rec, evidence: 'alias', matched: form.text };
      }
    }
    return null;
  }

  /**
   * A person's name of two words or more written exactly as one organisation's: the tagger's type
   * of a role-like name wavers ("Surgeon General" as a person, then an organisation).
   */
  function organisationNamed(form: Form, storyId: string | null): Match | null {
    if (!form.key.includes(' ')) return null;
    const rec = single(
      live(byKey.get(form.key)).filter((r) => !r.place && (r.type === 'ORG' || r.type === 'MISC')),
      storyId,
    );
    return rec ? { rec, evidence: 'same-name', matched: form.text } : null;
  }

  /** A one-word name of any type that is the story's one person of that surname or given name ("Obama" read as an organisation). */
  function storyPerson(form: Form, storyId: string | null): Match | null {
    if (!storyId || form.key.includes(' ')) return null;
    const named = live(storyWords.get(storyId)?.get(form.key)).filter(
      (r) => r.type === 'PERSON' && r.people.length > 0,
    );
    return named.length === 1 ? { rec: named[0], evidence: 'short-name-in-story', matched: form.text } : null;
  }

  /** A name the tagger typed as a place or organisation that is exactly a known person's full name ("Maurice Cheeks" as LOC). */
  function knownPerson(forms: Form[], setting: Setting): Match | null {
    const name = personOf(forms[0].key);
    if (!name?.given || keyWords(forms[0].key).length !== name.words.length) return null;
    const rec = single(personCandidates(name, setting).same, setting.storyId);
    return rec ? { rec, evidence: 'same-name', matched: forms[0].text } : null;
  }

  /**
   * The story's one entity written exactly this way, whatever type the tagger gave either ("Creighton"
   * as a person in one article, the team in the next): one name in one story is one entity, and
   * its type follows the majority of its mentions. A place of the registry never joins, nor does
   * a one-word place name an organisation (Philadelphia the city and the team), nor a one-word
   * name that a story person holds as given name or surname (the person rules decide those).
   */
  function sameNameInStory(type: EntityType, form: Form, storyId: string | null): Match | null {
    if (!storyId) return null;
    const oneWord = !form.key.includes(' ');
    const cands = live(byKey.get(form.key)).filter(
      (r) => inStory(r, storyId) && !r.place && mayShareName(r.type, type, oneWord),
    );
    if (cands.length === 0) return null;
    if (
      oneWord &&
      live(storyWords.get(storyId)?.get(form.key)).some((r) => r.type === 'PERSON' && r.people.length > 0)
    )
      return null;
    const agreeing = cands.filter((r) => typesAgree(r.type, type));
    const rec = cands.length === 1 ? cands[0] : agreeing.length === 1 ? agreeing[0] : null;
    if (!rec) return null;
    return { rec, evidence: rec.votes.has(form.text) ? 'same-name' : 'alias', matched: form.text };
  }

  /** Folds `from` into `into`; refused (null) when the result would pass the key cap. */
  function merge(from: Rec, into: Rec): boolean {
    if (from === into) return false;
    const keys = new Set([...into.keys, ...from.keys]);
    if (keys.size > opts.maxKeysPerEntity) return false;
    parent.set(from.id, into.id);
    recs.delete(from.id);
    const add = (a: Map<string, number>, b: Map<string, number>) => {
      for (const [k, n] of b) a.set(k, (a.get(k) ?? 0) + n);
    };
    add(into.votes, from.votes);
    add(into.aliases, from.aliases);
    add(into.roles, from.roles);
    for (const [k, v] of from.acronyms) if (!into.acronyms.has(k)) into.acronyms.set(k, v);
    for (const k of from.keys) index(into, k);
    for (const p of from.people) addPerson(into, p);
    for (const s of from.stories) {
      into.stories.add(s);
      indexStory(into, s);
    }
    if (from.firstSeen && (!into.firstSeen || from.firstSeen < into.firstSeen))
      into.firstSeen = from.firstSeen;
    if (from.lastSeen && (!into.lastSeen || from.lastSeen > into.lastSeen)) into.lastSeen = from.lastSeen;
    into.articles += from.articles;
    into.mentions += from.mentions;
    return true;
  }

  /** Entities the article shows to be the one it linked: its other full names, and the story's short forms. */
  // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the evidence that two records are one (other full names, short forms in the story) is gathered in one pass over the article's entities (a candidate for splitting by kind of evidence).
  function mergeCandidates(
    rec: Rec,
    forms: Form[],
    storyId: string | null,
  ): { other: Rec; evidence: LinkEvidence; note: string }[] {
    const out: { other: Rec; evidence: LinkEvidence; note: string }[] = [];
    const name = forms[0];
    if (!name) return out;
    for (const f of forms.slice(1)) {
      for (const other of live(byKey.get(f.key))) {
        if (other === rec || !mergeable(rec, other) || !other.votes.has(f.text)) continue;
        const acronym = acronymOf(f.text);
        const evidence =
          acronym && initialsOf(name.text, lexicon.acronymSkip) === acronym ? 'acronym' : 'alias';
        out.push({ other, evidence, note: `“${f.text}” and “${name.text}” name one entity in this article` });
      }
    }
    // One-word entities that waited in the story for the one full name they shorten ("Zadan", read
    // as a place before "Craig Zadan" arrived): any type but a known place.
    const shortForm = (r: Rec) =>
      r !== rec && !r.place && r.people.length === 0 && [...r.keys].every((k) => !k.includes(' '));
    if (rec.type === 'PERSON' && rec.people.length > 0 && storyId) {
      const words = storyWords.get(storyId);
      for (const w of new Set(rec.people.flatMap((p) => [p.surname, p.given!]))) {
        const cands = live(words?.get(w));
        if (cands.filter((r) => r.type === 'PERSON' && r.people.length > 0).length !== 1) continue;
        for (const other of cands) {
          if (shortForm(other) && other.keys.has(w))
            out.push({
              other,
              evidence: 'short-name-in-story',
              note: `“${w}” has one full name in the story`,
            });
        }
      }
    }
    if (rec.type === 'ORG' && !rec.place && name.key.includes(' ')) {
      const words = keyWords(name.key);
      for (const w of new Set([words[0], words[words.length - 1]])) {
        const here = storyId ? longNamesWith(w, storyId, rec.type) : [];
        const scope = here.length === 1 ? storyId : here.length === 0 ? null : undefined;
        if (scope === undefined || (scope === null && longNamesWith(w, null, rec.type).length !== 1))
          continue;
        for (const other of live(byKey.get(w))) {
          if (
            !shortForm(other) ||
            other.type !== 'ORG' ||
            places.byDemonym(w.replace(/s$/, '')) ||
            (scope && !inStory(other, scope))
          )
            continue;
          out.push({
            other,
            evidence: scope ? 'short-name-in-story' : 'short-name-in-archive',
            note: `“${w}” has one longer name ${scope ? 'in the story' : 'in the archive'}`,
          });
        }
      }
    }
    return out;
  }

  function mergeable(a: Rec, b: Rec): boolean {
    if (!typesAgree(a.type, b.type)) return false;
    if (a.place || b.place) return false;
    if (a.people.length > 0 && b.people.length > 0 && comparePersons(a.people[0], b.people[0]) === 'conflict')
      return false;
    for (const [acr, exp] of b.acronyms) if (a.acronyms.has(acr) && a.acronyms.get(acr) !== exp) return false;
    return true;
  }

  function add(input: Analysis | LinkSource, context: LinkContext = {}): ArticleLinks {
    const source = 'actors' in input ? input : linkSourceOf(input);
    const articleId = source.article.id;
    const storyId = context.storyId ?? null;
    const acting = new Set(source.actors);
    const links: EntityLink[] = [];
    const changes: RegistryChange[] = [];
    const warnings: string[] = [];
    const mine = new Map<string, string>();
    articleLinks.set(articleId, mine);
    let merges = 0;
    // The article's company, bounded: a namesake test needs a few neighbours, not 10,000.
    const company = new Set<string>();
    for (const e of source.entities) {
      if (company.size >= MAX_COMPANY) break;
      if (e.name.length <= MAX_NAME_CHARS) company.add(keyOf(e.name));
    }
    company.delete('');
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: links the article's entities in order, each link feeding the context (company, story) of the next.
    source.entities.forEach((e) => {
      const forms = formsOf(e, keyOf);
      const own = forms[0]?.key;
      const setting: Setting = { storyId, roles: e.roles, neighbours: [...company].filter((k) => k !== own) };
      const tooLong = [e.name, ...e.aliases].filter((n) => n.length > MAX_NAME_CHARS);
      if (tooLong.length > 0)
        warnings.push(`${articleId} ${e.id}: a name of ${tooLong[0].length} characters is not matched`);
      const spoof = [e.name, ...e.aliases].some(mixesScripts);
      if (spoof)
        warnings.push(
          `${articleId} ${e.id}: “${e.name}” mixes Latin with look-alike letters of another script`,
        );
      // "Mr. Austin" is a person whatever the tagger said.
      const type = forms.length > 0 && lexicon.courtesy.has(keyWords(forms[0].key)[0]) ? 'PERSON' : e.type;
      let match: Match | null = null;
      if (forms.length > 0) {
        const place = spoof ? null : placeFor(type, forms, acting.has(e.id));
        if (place) {
          const id = byPlace.get(place.place.key);
          const rec = id ? recs.get(find(id))! : create(`ent-${place.place.key}`, 'LOC', place.place);
          match = { rec, evidence: place.evidence, matched: place.matched };
        } else match = sameNameInStory(type, forms[0], storyId);
        if (match) {
          // the story's own entity of this name decided
        } else if (type === 'PERSON') match = linkPerson(forms, setting);
        else
          match =
            linkNamed(type, forms, storyId) ?? knownPerson(forms, setting) ?? storyPerson(forms[0], storyId);
      }
      const rec = match?.rec ?? create(`ent-${articleId}-${e.id}`, type, null);
      absorb(rec, e, type, forms, source, setting);
      mine.set(e.id, rec.id);
      links.push({
        articleId,
        entityId: e.id,
        registryId: rec.id,
        evidence: match?.evidence ?? 'new',
        matched: match?.matched ?? null,
      });
      if (rec.place) return;
      for (const { other, evidence, note } of mergeCandidates(rec, forms, storyId)) {
        if (recs.get(other.id) !== other) continue;
        if (merges >= opts.maxMergesPerArticle) {
          warnings.push(
            `${articleId} ${e.id}: merge of ${other.id} into ${rec.id} refused: ${opts.maxMergesPerArticle} merges already`,
          );
          continue;
        }
        if (!merge(other, rec)) {
          warnings.push(
            `${articleId} ${e.id}: merge of ${other.id} into ${rec.id} refused: over ${opts.maxKeysPerEntity} names`,
          );
          continue;
        }
        merges++;
        changes.push({ kind: 'merge', from: other.id, into: rec.id, evidence, articleId, note });
      }
    });
    for (const link of links) link.registryId = find(link.registryId);
    return { articleId, links, changes, warnings };
  }

  function lookup(name: string, context: LinkContext & { type?: EntityType } = {}): string | null {
    if (name.length > MAX_NAME_CHARS || mixesScripts(name)) return null;
    const key = nameKey(name);
    if (key === '') return null;
    const storyId = context.storyId ?? null;
    const place = places.byName(key) ?? collectivePlace(key);
    if (place) {
      const id = byPlace.get(place.kind === 'capital' ? place.countryKey : place.key);
      return id ? find(id) : null;
    }
    const form: Form = { text: name, key };
    const setting: Setting = { storyId, roles: [], neighbours: [] };
    const type = context.type ?? (personOf(key)?.given ? 'PERSON' : null);
    if (type === 'PERSON') return linkPerson([form], setting)?.rec.id ?? null;
    if (type) return linkNamed(type, [form], storyId)?.rec.id ?? null;
    return linkPerson([form], setting)?.rec.id ?? single(live(byKey.get(key)), storyId)?.id ?? null;
  }

  /** "American officials", "U.S. intelligence": the country whose name or demonym heads a group noun. */
  function collectivePlace(key: string): Place | null {
    const words = keyWords(key);
    for (let cut = words.length - 1; cut >= 1; cut--) {
      if (!lexicon.collectives.has(words.slice(cut).join(' '))) continue;
      const head = words.slice(0, cut).join(' ');
      const place = places.byName(head) ?? places.byDemonym(head);
      if (place) return place;
    }
    return places.byDemonym(key);
  }

  function resolve(ref: EntityRef, context: LinkContext): string | null {
    if (ref.articleId && ref.entityId) {
      const id = articleLinks.get(ref.articleId)?.get(ref.entityId);
      if (id) return find(id);
    }
    return ref.name ? lookup(ref.name, context) : null;
  }

  return {
    add,
    has: (articleId) => articleLinks.has(articleId),
    registryIdOf: (articleId, entityId) => {
      const id = articleLinks.get(articleId)?.get(entityId);
      return id ? find(id) : null;
    },
    lookup,
    sameEntity(a, b, context = {}) {
      const x = resolve(a, context);
      const y = resolve(b, context);
      if (x !== null || y !== null) return x === y;
      return !!a.name && !!b.name && nameKey(a.name) !== '' && nameKey(a.name) === nameKey(b.name);
    },
    entity: (id) => {
      const rec = recs.get(find(id));
      return rec ? describe(rec) : null;
    },
    entities: () => [...recs.values()].map(describe),
  };
}

/** A name as written and its key. */
interface Form {
  text: string;
  key: string;
}

/** The entity's names, canonical first, as written and as keys; names past the length cap are left out. */
function formsOf(e: LinkEntity, keyOf: (text: string) => string): Form[] {
  const out: Form[] = [];
  for (const raw of [e.name, ...e.aliases]) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > MAX_NAME_CHARS) continue;
    const key = keyOf(text);
    if (key !== '' && !out.some((f) => f.key === key)) out.push({ text, key });
  }
  return out;
}

/** Types that may name one entity: the same, or organisation and miscellany (the tagger mixes them). */
function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || (a !== 'PERSON' && a !== 'LOC' && b !== 'PERSON' && b !== 'LOC');
}

/**
 * Types one name may carry in one story: any two, except a place and an organisation under a
 * one-word name, which real news gives to both (Philadelphia, the city and its team).
 */
function mayShareName(a: EntityType, b: EntityType, oneWord: boolean): boolean {
  const place = (t: EntityType) => t === 'LOC';
  const organisation = (t: EntityType) => t === 'ORG' || t === 'MISC';
  return !(oneWord && ((place(a) && organisation(b)) || (organisation(a) && place(b))));
}

/** Of several entities with one name, the most linked (earliest on a tie): deterministic. */
function mostSeen(cands: Rec[]): Rec | null {
  let best: Rec | null = null;
  for (const r of cands) if (!best || r.articles > best.articles) best = r;
  return best;
}

/** Names and roles an entity reports: its most used, enough to read; a country's hundredth spelling is noise. */
const MAX_LISTED = 32;

function sortedCounts(map: Map<string, number>): { name: string; count: number }[] {
  return [...map]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MAX_LISTED);
}

function describe(rec: Rec): RegistryEntity {
  let name = '';
  let best = -1;
  for (const [n, count] of rec.votes) {
    const score = count * 100 + Math.min(n.split(' ').length, 99);
    if (score > best) {
      best = score;
      name = n;
    }
  }
  return {
    id: rec.id,
    type: rec.type,
    name: rec.place?.name ?? name,
    aliases: sortedCounts(rec.aliases),
    roles: sortedCounts(rec.roles),
    place: rec.place?.key ?? null,
    firstSeen: rec.firstSeen,
    lastSeen: rec.lastSeen,
    stories: [...rec.stories],
    articles: rec.articles,
    mentions: rec.mentions,
  };
}
