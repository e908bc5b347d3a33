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
  // Full personal names first, so a short form before the full name still finds it.
  for (const m of sorted) {
    if (m.type !== 'PERSON') continue;
    const words = nameWords(m.text, lexicon);
    if (words.length < 2) continue;
    const key = words.join(' ');
    const group = byKey.get(key) ?? groups.find((g) => g.personWords && samePerson(g.personWords, words));
    if (group) {
      group.mentions.push(m);
      if (words.length > group.personWords!.length) group.personWords = words;
      byKey.set(key, group);
      continue;
    }
    const created: Group = { mentions: [m], personWords: words };
    groups.push(created);
    byKey.set(key, created);
  }
  for (const m of sorted) {
    if (m.type === 'PERSON' && nameWords(m.text, lexicon).length >= 2) continue;
    const key = keyOf(m.text);
    const person = partOfPerson(m, groups, lexicon);
    const group = person ?? byKey.get(key);
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
    .map((g) => ({ group: g, first: Math.min(...g.mentions.map((m) => m.start)) }))
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

function samePerson(a: readonly string[], b: readonly string[]): boolean {
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

/** A one-word mention that is the surname or given name of a personal name in the article. */
function partOfPerson(m: Mention, groups: readonly Group[], lexicon: ResolveLexicon): Group | null {
  const words = nameWords(m.text, lexicon);
  if (words.length !== 1) return null;
  const word = words[0];
  let best: Group | null = null;
  let bestDistance = Infinity;
  for (const g of groups) {
    const pw = g.personWords;
    if (!pw) continue;
    const surname = pw[pw.length - 1] === word;
    // A given name alone refers to the person only when the tagger also read it as a person.
    if (!surname && !(m.type === 'PERSON' && pw.includes(word))) continue;
    const distance = Math.min(...g.mentions.map((x) => Math.abs(x.start - m.start)));
    if (distance < bestDistance) {
      best = g;
      bestDistance = distance;
    }
  }
  return best;
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
    if (target && target !== g) target.mentions.push(...g.mentions);
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
  const aliases: string[] = [];
  for (const m of mentions) {
    const text = m.text.replace(/\s+/g, ' ');
    if (text !== name && !aliases.includes(text)) aliases.push(text);
  }
  return { type, name, aliases, mentions };
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
