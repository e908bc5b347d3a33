import type { Analysis, EntityLink, EntityType, RegistryChange, RegistryEntity } from '../model/index.js';
import { absorb, describe, MAX_COMPANY, merge } from './absorb.js';
import { DEFAULT_REGISTRY_LEXICON, type RegistryLexicon } from './lexicon.js';
import { collectivePlace, linkNamed, placeFor, sameNameInStory, storyHead } from './link-named.js';
import { knownPerson, linkPerson, storyPerson } from './link-person.js';
import { mergeCandidates } from './merges.js';
import { keyWords, MAX_NAME_CHARS, mixesScripts, nameKey } from './names.js';
import type { PlaceIndex } from './places.js';
import {
  create,
  createState,
  DEFAULT_LINKER_OPTIONS,
  find,
  keyOf,
  type LinkerOptions,
  type LinkState,
  live,
  type Match,
  personOf,
  type Rec,
  type Setting,
  single,
} from './record.js';
import { type Form, formsOf, type LinkEntity, type LinkSource, linkSourceOf } from './source.js';

export { DEFAULT_LINKER_OPTIONS, type LinkerOptions } from './record.js';
export { type LinkEntity, type LinkSource, linkSourceOf } from './source.js';

/** What the linker reads: the place registry and the word lists (tests hand in small copies). */
export interface LinkerResources {
  places: PlaceIndex;
  lexicon?: RegistryLexicon;
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

/** Creates an empty linker over the given place registry and word lists. */
export function createLinker(resources: LinkerResources, options: Partial<LinkerOptions> = {}): Linker {
  const s = createState(resources.places, resources.lexicon ?? DEFAULT_REGISTRY_LEXICON, {
    ...DEFAULT_LINKER_OPTIONS,
    ...options,
  });
  const resolve = (ref: EntityRef, context: LinkContext): string | null => {
    if (ref.articleId && ref.entityId) {
      const id = s.articleLinks.get(ref.articleId)?.get(ref.entityId);
      if (id) return find(s, id);
    }
    return ref.name ? lookup(s, ref.name, context) : null;
  };
  return {
    add: (input, context = {}) => addArticle(s, 'actors' in input ? input : linkSourceOf(input), context),
    has: (articleId) => s.articleLinks.has(articleId),
    registryIdOf: (articleId, entityId) => {
      const id = s.articleLinks.get(articleId)?.get(entityId);
      return id ? find(s, id) : null;
    },
    lookup: (name, context = {}) => lookup(s, name, context),
    sameEntity(a, b, context = {}) {
      const x = resolve(a, context);
      const y = resolve(b, context);
      if (x !== null || y !== null) return x === y;
      return !!a.name && !!b.name && nameKey(a.name) !== '' && nameKey(a.name) === nameKey(b.name);
    },
    entity: (id) => {
      const rec = s.recs.get(find(s, id));
      return rec ? describe(rec) : null;
    },
    entities: () => [...s.recs.values()].map(describe),
  };
}

/** What linking one article collects as it goes. */
interface ArticleRun {
  source: LinkSource;
  storyId: string | null;
  acting: Set<string>;
  /** Name keys of the article's entities (bounded): a namesake test needs a few neighbours, not 10,000. */
  company: Set<string>;
  out: ArticleLinks;
  mine: Map<string, string>;
  merges: number;
}

function addArticle(s: LinkState, source: LinkSource, context: LinkContext): ArticleLinks {
  const articleId = source.article.id;
  const mine = new Map<string, string>();
  s.articleLinks.set(articleId, mine);
  const company = new Set<string>();
  for (const e of source.entities) {
    if (company.size >= MAX_COMPANY) break;
    if (e.name.length <= MAX_NAME_CHARS) company.add(keyOf(s, e.name));
  }
  company.delete('');
  const run: ArticleRun = {
    source,
    storyId: context.storyId ?? null,
    acting: new Set(source.actors),
    company,
    out: { articleId, links: [], changes: [], warnings: [] },
    mine,
    merges: 0,
  };
  // In order: each link feeds the context (story words, records) of the next.
  for (const e of source.entities) linkEntity(s, run, e);
  for (const link of run.out.links) link.registryId = find(s, link.registryId);
  return run.out;
}

/** Links one article entity, records its link, and makes the merges it shows. */
function linkEntity(s: LinkState, run: ArticleRun, e: LinkEntity): void {
  const { storyId, out } = run;
  const articleId = run.source.article.id;
  const forms = formsOf(e, (text) => keyOf(s, text));
  const own = forms[0]?.key;
  const setting: Setting = { storyId, roles: e.roles, neighbours: [...run.company].filter((k) => k !== own) };
  const tooLong = [e.name, ...e.aliases].filter((n) => n.length > MAX_NAME_CHARS);
  if (tooLong.length > 0)
    out.warnings.push(`${articleId} ${e.id}: a name of ${tooLong[0].length} characters is not matched`);
  const spoof = [e.name, ...e.aliases].some(mixesScripts);
  if (spoof)
    out.warnings.push(
      `${articleId} ${e.id}: “${e.name}” mixes Latin with look-alike letters of another script`,
    );
  // "Mr. Austin" is a person whatever the tagger said.
  const type = forms.length > 0 && s.lexicon.courtesy.has(keyWords(forms[0].key)[0]) ? 'PERSON' : e.type;
  const match = forms.length > 0 ? findMatch(s, type, forms, setting, run.acting.has(e.id), spoof) : null;
  const rec = match?.rec ?? create(s, `ent-${articleId}-${e.id}`, type, null);
  absorb(s, rec, e, type, forms, run.source, setting);
  run.mine.set(e.id, rec.id);
  out.links.push({
    articleId,
    entityId: e.id,
    registryId: rec.id,
    evidence: match?.evidence ?? 'new',
    matched: match?.matched ?? null,
  });
  if (!rec.place) mergeShown(s, run, e.id, rec, forms);
}

/** The registry entity an article entity is: a known place, the story's entity of that name, else by the person or name rules. */
function findMatch(
  s: LinkState,
  type: EntityType,
  forms: Form[],
  setting: Setting,
  acting: boolean,
  spoof: boolean,
): Match | null {
  const place = spoof ? null : placeFor(s, type, forms, acting);
  if (place) {
    const id = s.byPlace.get(place.place.key);
    const rec = id ? s.recs.get(find(s, id))! : create(s, `ent-${place.place.key}`, 'LOC', place.place);
    return { rec, evidence: place.evidence, matched: place.matched };
  }
  const storyId = setting.storyId;
  return (
    sameNameInStory(s, type, forms[0], storyId) ??
    (type === 'PERSON'
      ? linkPerson(s, forms, setting)
      : (linkNamed(s, type, forms, storyId) ??
        knownPerson(s, forms, setting) ??
        storyPerson(s, forms[0], storyId))) ??
    storyHead(s, type, forms[0], storyId)
  );
}

/** Folds in the entities the article shows to be `rec`, within the article's merge cap and the key cap. */
function mergeShown(s: LinkState, run: ArticleRun, entityId: string, rec: Rec, forms: Form[]): void {
  const { out } = run;
  const at = `${run.source.article.id} ${entityId}`;
  for (const { other, evidence, note } of mergeCandidates(s, rec, forms, run.storyId)) {
    if (s.recs.get(other.id) !== other) continue;
    if (run.merges >= s.opts.maxMergesPerArticle) {
      out.warnings.push(
        `${at}: merge of ${other.id} into ${rec.id} refused: ${s.opts.maxMergesPerArticle} merges already`,
      );
      continue;
    }
    if (!merge(s, other, rec)) {
      out.warnings.push(
        `${at}: merge of ${other.id} into ${rec.id} refused: over ${s.opts.maxKeysPerEntity} names`,
      );
      continue;
    }
    run.merges++;
    out.changes.push({
      kind: 'merge',
      from: other.id,
      into: rec.id,
      evidence,
      articleId: run.source.article.id,
      note,
    });
  }
}

/** The registry entity a bare name refers to, without adding anything (see `Linker.lookup`). */
function lookup(s: LinkState, name: string, context: LinkContext & { type?: EntityType }): string | null {
  if (name.length > MAX_NAME_CHARS || mixesScripts(name)) return null;
  const key = nameKey(name);
  if (key === '') return null;
  const storyId = context.storyId ?? null;
  const place = s.places.byName(key) ?? collectivePlace(s, key);
  if (place) {
    const id = s.byPlace.get(place.kind === 'capital' ? place.countryKey : place.key);
    return id ? find(s, id) : null;
  }
  const form: Form = { text: name, key };
  const setting: Setting = { storyId, roles: [], neighbours: [] };
  const type = context.type ?? (personOf(s, key)?.given ? 'PERSON' : null);
  if (type === 'PERSON') return linkPerson(s, [form], setting)?.rec.id ?? null;
  if (type) return linkNamed(s, type, [form], storyId)?.rec.id ?? null;
  return linkPerson(s, [form], setting)?.rec.id ?? single(live(s, s.byKey.get(key)), storyId)?.id ?? null;
}
