import type { EntityType, RegistryEntity } from '../model/index.js';
import { acronymOf, initialsOf } from './names.js';
import {
  addPerson,
  index,
  indexOrganisation,
  indexStory,
  type LinkState,
  personOf,
  type Rec,
  type Setting,
} from './record.js';
import type { Form, LinkEntity, LinkSource } from './source.js';

/** Neighbour names kept per entity and read per article: enough to tell namesakes apart. */
export const MAX_COMPANY = 16;

/** Adds what one article entity says about the entity it was linked to. */
export function absorb(
  s: LinkState,
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
    else if (map.size < s.opts.maxKeysPerEntity * 4) map.set(k, 1);
  };
  if (forms.length > 0) bump(rec.votes, forms[0].text);
  const keys = rec.keys.size;
  for (const f of forms) {
    bump(rec.aliases, f.text);
    index(s, rec, f.key);
  }
  for (const role of e.roles) bump(rec.roles, role);
  if (rec.type === 'PERSON') for (const f of forms) addPerson(s, rec, personOf(s, f.key));
  const name = forms[0]?.text ?? '';
  for (const f of forms.slice(1)) {
    const acronym = acronymOf(f.text);
    if (acronym && initialsOf(name, s.lexicon.acronymSkip) === acronym)
      rec.acronyms.set(acronym, forms[0].key);
  }
  const newStory = storyId !== null && !rec.stories.has(storyId);
  if (newStory) rec.stories.add(storyId);
  if (newStory || rec.keys.size > keys) indexStory(s, rec, storyId);
  const day = source.article.published;
  if (day) {
    if (!rec.firstSeen || day < rec.firstSeen) rec.firstSeen = day;
    if (!rec.lastSeen || day > rec.lastSeen) rec.lastSeen = day;
  }
  rec.articles++;
  rec.mentions += e.mentions;
  voteType(s, rec, type);
}

/** Counts the article's type for the entity; when the majority turns, the entity is indexed as its new type. */
function voteType(s: LinkState, rec: Rec, type: EntityType): void {
  if (rec.place) return;
  rec.typeVotes.set(type, (rec.typeVotes.get(type) ?? 0) + 1);
  let best = rec.type;
  for (const [t, n] of rec.typeVotes) if (n > (rec.typeVotes.get(best) ?? 0)) best = t;
  if (best === rec.type) return;
  rec.type = best;
  if (best === 'PERSON') for (const k of rec.keys) addPerson(s, rec, personOf(s, k));
  for (const k of rec.keys) indexOrganisation(s, rec, k);
  for (const st of rec.stories) indexStory(s, rec, st);
}

/** Folds `from` into `into`; refused (false) when the result would pass the key cap. */
export function merge(s: LinkState, from: Rec, into: Rec): boolean {
  if (from === into) return false;
  const keys = new Set([...into.keys, ...from.keys]);
  if (keys.size > s.opts.maxKeysPerEntity) return false;
  s.parent.set(from.id, into.id);
  s.recs.delete(from.id);
  const add = (a: Map<string, number>, b: Map<string, number>) => {
    for (const [k, n] of b) a.set(k, (a.get(k) ?? 0) + n);
  };
  add(into.votes, from.votes);
  add(into.aliases, from.aliases);
  add(into.roles, from.roles);
  for (const [k, v] of from.acronyms) if (!into.acronyms.has(k)) into.acronyms.set(k, v);
  for (const k of from.keys) index(s, into, k);
  for (const p of from.people) addPerson(s, into, p);
  for (const st of from.stories) {
    into.stories.add(st);
    indexStory(s, into, st);
  }
  if (from.firstSeen && (!into.firstSeen || from.firstSeen < into.firstSeen)) into.firstSeen = from.firstSeen;
  if (from.lastSeen && (!into.lastSeen || from.lastSeen > into.lastSeen)) into.lastSeen = from.lastSeen;
  into.articles += from.articles;
  into.mentions += from.mentions;
  return true;
}

/** Names and roles an entity reports: its most used, enough to read; a country's hundredth spelling is noise. */
const MAX_LISTED = 32;

function sortedCounts(map: Map<string, number>): { name: string; count: number }[] {
  return [...map]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MAX_LISTED);
}

/** The registry entity a record stands for: its most given name (the longer on a tie), counts, stories. */
export function describe(rec: Rec): RegistryEntity {
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
