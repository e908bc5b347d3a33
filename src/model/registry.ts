import type { Claim, EntityType, Figure, Quote } from './analysis.js';

/**
 * Why an article entity was linked to its registry entity, strongest first:
 * - `gazetteer`: a country or capital named in the place registry (any of its names, codes or demonyms);
 * - `seat-of-government`: a capital that acts (speaks, claims) stands for its country's government;
 * - `same-name`: the same name up to case, punctuation, a leading article or a possessive;
 * - `alias`: a name the registry entity was already called by, in some article;
 * - `acronym`: an acronym and its expansion, shown together in some article;
 * - `transliteration`: the same person under another romanisation (Zelensky / Zelenskyy);
 * - `short-name-in-story`: a surname, given name or one-word short form with exactly one candidate in the story;
 * - `short-name-in-archive`: the same, where the story has none and the whole archive exactly one;
 * - `new`: nothing matched: a new registry entity.
 */
export type LinkEvidence =
  | 'gazetteer'
  | 'seat-of-government'
  | 'same-name'
  | 'alias'
  | 'acronym'
  | 'transliteration'
  | 'short-name-in-story'
  | 'short-name-in-archive'
  | 'new';

/** One article entity's place in the registry. */
export interface EntityLink {
  articleId: string;
  /** The article entity (`e1`, `e2`, … of its analysis). */
  entityId: string;
  registryId: string;
  evidence: LinkEvidence;
  /** The name or alias the link matched on (the article's form), null for `new`. */
  matched: string | null;
}

/** A name and how many article entities used it. */
export interface NameCount {
  name: string;
  count: number;
}

/** One person, organisation or place across the whole archive. */
export interface RegistryEntity {
  /** `ent-<first article id>-<its entity id>`: stable, readable, deterministic for a given order. */
  id: string;
  type: EntityType;
  /** The name most articles gave as the entity's full name (the place registry's name for places). */
  name: string;
  /** The forms written (the 32 most used), with how many article entities used each, most used first. */
  aliases: NameCount[];
  /** Titles and appositions ("Secretary of Defense"), the 32 most used, most used first. */
  roles: NameCount[];
  /** The place registry's key (`country:US`, `city:US:Washington D.C.`), when it names a place. */
  place: string | null;
  /** Earliest and latest publish dates of its articles (ISO), null when none is dated. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Stories its articles belong to, in order of first appearance. */
  stories: string[];
  /** How many article entities link to it. */
  articles: number;
  /** How many mentions those article entities have in all. */
  mentions: number;
}

/**
 * A change to earlier links, recorded so no mention is lost: a `merge` moves every link of `from`
 * into `into` (`from` is gone); a `split` moves the links of the listed articles out of `from` into
 * the new entity `into`.
 */
export interface RegistryChange {
  kind: 'merge' | 'split';
  from: string;
  into: string;
  evidence: LinkEvidence;
  /** The article whose reading caused the change. */
  articleId: string;
  /** For a split: the articles whose links moved. */
  articles?: string[];
  /** One line for people: what was matched to what. */
  note: string;
}

/** What the archive says of one registry entity: who it is, where, and what it said and claimed. */
export interface EntityProfile {
  entity: RegistryEntity;
  links: EntityLink[];
  changes: RegistryChange[];
  /** Quotes it spoke, figures and claims it made, in the articles read (in reporting order, newest first). */
  quotes: { articleId: string; quote: Quote }[];
  figures: { articleId: string; figure: Figure }[];
  claims: { articleId: string; claim: Claim }[];
  /** How many of its articles were read for quotes, figures and claims, of how many. */
  articlesRead: number;
}
