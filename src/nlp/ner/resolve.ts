import type { EntityType } from '../../model/index.js';
import type { Mention } from './mentions.js';

/** Word lists resolution reads (lower case). */
export interface ResolveLexicon {
  suffixes: ReadonlySet<string>;
  acronymSkip: ReadonlySet<string>;
}

/** Mentions of one real-world entity, with the type and canonical name they agree on. */
export interface MentionGroup {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

interface Group {
  mentions: Mention[];
  /** Name words of the longest personal name, for matching "Austin" or "Kim". */
  personWords: string[] | null;
}

/**
 * Groups an article's mentions into entities: the same name in any case or with or without
 * periods ("U.S." = "US"); a surname or given name alone with the full personal name ("Austin" →
 * "Lloyd J. Austin III", "Kim" → "Kim Jong-un"), whatever type the tagger gave the short form;
 * an acronym with the name it abbreviates ("CSIS" ↔ "Center for Strategic and International
 * Studies"). Groups are returned in order of first mention.
 */
export function resolveMentions(mentions: readonly Mention[], lexicon: ResolveLexicon): MentionGroup[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byEnds = new Map<string, Group>();
  const wordsOf = sorted.map((m) => nameWords(m.text, lexicon));
  // Full personal names first, so a short form before the full name still finds it.
  for (const [i, m] of sorted.entries()) {
    if (m.type !== 'PERSON') continue;
    const words = wordsOf[i];
    if (words.length < 2) continue;
    // Donald Trump Jr. is not Donald Trump: a junior or senior is another person of the same name.
    const generation = juniorOrSenior(m.text);
    const key = words.join(' ') + generation;
    const ends = `${words[0]} ${words[words.length - 1]}${generation}`;
    const group = byKey.get(key) ?? byEnds.get(ends);
    if (group) {
      group.mentions.push(m);
      if (words.length > group.personWords!.length) group.personWords = words;
      byKey.set(key, group);
      continue;
    }
    const created: Group = { mentions: [m], personWords: words };
    groups.push(created);
    byKey.set(key, created);
    byEnds.set(ends, created);
  }
  const people = indexPeople(groups);
  for (const [i, m] of sorted.entries()) {
    if (m.type === 'PERSON' && wordsOf[i].length >= 2) continue;
    const key = keyOf(m.text);
    const group = partOfPerson(m, wordsOf[i], people) ?? byKey.get(key);
    if (group) {
      group.mentions.push(m);
      continue;
    }
    const created: Group = { mentions: [m], personWords: null };
    groups.push(created);
    byKey.set(key, created);
  }
  const merged = mergeAcronyms(groups, lexicon);
  return merged
    .map((g) => ({ group: g, first: g.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .sort((a, b) => a.first - b.first)
    .map(({ group }) => describe(group));
}

/** Lower-cased name words without generational suffixes and initials ("Lloyd J. Austin III" → lloyd austin). */
function nameWords(text: string, lexicon: ResolveLexicon): string[] {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w) => w !== '' && !lexicon.suffixes.has(w) && !/^\p{L}\.$/u.test(w));
}

/** "#jr" or "#sr" for a name written with Jr. or Sr., else "": later mentions drop II and III, never these. */
function juniorOrSenior(text: string): string {
  const m = /\b(jr|sr)\.?$/i.exec(text.trim());
  return m ? `#${m[1].toLowerCase()}` : '';
}

/** Persons by surname and by any name word, with the sorted starts of their full-name mentions. */
interface PeopleIndex {
  bySurname: Map<string, Group[]>;
  byWord: Map<string, Group[]>;
  starts: Map<Group, number[]>;
}

/** Candidates kept per word: enough for any real article, bounded for hostile text. */
const MAX_PEOPLE_PER_WORD = 16;

function indexPeople(groups: readonly Group[]): PeopleIndex {
  const index: PeopleIndex = { bySurname: new Map(), byWord: new Map(), starts: new Map() };
  const add = (map: Map<string, Group[]>, word: string, g: Group) => {
    const list = map.get(word) ?? [];
    if (list.length < MAX_PEOPLE_PER_WORD && !list.includes(g)) list.push(g);
    map.set(word, list);
  };
  for (const g of groups) {
    const words = g.personWords!;
    add(index.bySurname, words[words.length - 1], g);
    for (const w of words) add(index.byWord, w, g);
    index.starts.set(
      g,
      g.mentions.map((m) => m.start),
    );
  }
  return index;
}

/**
 * A one-word mention that is the surname of a personal name in the article, or a given name
 * the tagger also read as a person; the nearest such person wins.
 */
function partOfPerson(m: Mention, words: readonly string[], people: PeopleIndex): Group | null {
  if (words.length !== 1) return null;
  const candidates =
    people.bySurname.get(words[0]) ?? (m.type === 'PERSON' ? people.byWord.get(words[0]) : undefined);
  if (!candidates) return null;
  let best: Group | null = null;
  let bestDistance = Infinity;
  for (const g of candidates) {
    const distance = nearest(people.starts.get(g)!, m.start);
    if (distance < bestDistance) {
      best = g;
      bestDistance = distance;
    }
  }
  return best;
}

/** Distance from `at` to the closest of the sorted `starts` (binary search). */
function nearest(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < starts.length ? starts[lo] - at : Infinity;
  const before = lo > 0 ? at - starts[lo - 1] : Infinity;
  return Math.min(after, before);
}

/** Folds each acronym group ("CSIS", "U.S.") into the group whose name it abbreviates. */
function mergeAcronyms(groups: Group[], lexicon: ResolveLexicon): Group[] {
  const byInitials = new Map<string, Group>();
  for (const g of groups) {
    for (const m of g.mentions) {
      const initials = initialsOf(m.text, lexicon);
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, g);
    }
  }
  const out: Group[] = [];
  for (const g of groups) {
    const acronym = g.personWords ? null : acronymOf(g.mentions[0].text);
    const target = acronym ? byInitials.get(acronym) : undefined;
    if (target && target !== g) for (const m of g.mentions) target.mentions.push(m);
    else out.push(g);
  }
  return out;
}

/** "CSIS" → "csis", "U.S." → "us"; null when the text is not written as an acronym. */
function acronymOf(text: string): string | null {
  if (/^\p{Lu}{2,8}$/u.test(text)) return text.toLowerCase();
  if (/^(?:\p{Lu}\.){2,8}$/u.test(text)) return text.replace(/\./g, '').toLowerCase();
  return null;
}

/** First letters of the content words of a name of two words or more ("United States" → "us"). */
function initialsOf(text: string, lexicon: ResolveLexicon): string {
  const words = text.split(/[\s-]+/).filter((w) => w !== '' && !lexicon.acronymSkip.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w[0].toLowerCase()).join('');
}

/** Case- and period-insensitive key: "JAPAN" = "Japan", "U.S." = "US". */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ');
}

function describe(group: Group): MentionGroup {
  const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
  const type = group.personWords ? 'PERSON' : majorityType(mentions);
  const name = canonicalName(mentions, type);
  const aliases = new Set<string>();
  for (const m of mentions) {
    const text = m.text.replace(/\s+/g, ' ');
    if (text !== name) aliases.add(text);
  }
  return { type, name, aliases: [...aliases], mentions };
}

function majorityType(mentions: readonly Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: EntityType = mentions[0].type;
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** The fullest written form: most words, not ALL CAPS when another form exists, earliest on a tie. */
function canonicalName(mentions: readonly Mention[], type: EntityType): string {
  let best = mentions[0];
  const score = (m: Mention) => {
    const shouting =
      m.text === m.text.toUpperCase() && /\p{Lu}{2}/u.test(m.text) && !/^(?:\p{Lu}\.)+$/u.test(m.text);
    return (m.type === type ? 1000 : 0) + (shouting ? 0 : 100) + m.text.split(/\s+/).length;
  };
  for (const m of mentions) if (score(m) > score(best)) best = m;
  return best.text.replace(/\s+/g, ' ');
}
