import type { Figure } from '../model/index.js';
import { MEASURE_WORDS } from './data/measure-words.js';

/** The word classes a measure is read with; tests may hand in a smaller copy. */
export type MeasureWords = typeof MEASURE_WORDS;

/**
 * What a figure measures, read from its subject: the head noun (by class), the words before it,
 * the names of its scope, the role of the verb ("raised" or "spent"), the words that say when,
 * and whether it is a goal or a subset ("wounded who remained hospitalized").
 */
export interface Measure {
  head: string | null;
  premodifiers: Set<string>;
  names: Set<string>;
  roles: Set<string>;
  adverbs: Set<string>;
  /** Hyphenated descriptors ("four-way", "top-rated"): a four-way race is not a two-way one. */
  descriptors: Set<string>;
  times: Set<string>;
  goal: boolean;
  subset: boolean;
}

const PREPOSITIONS = new Set([
  'of',
  'in',
  'by',
  'for',
  'among',
  'at',
  'on',
  'to',
  'from',
  'with',
  'over',
  'into',
  'since',
  'during',
  'under',
  'including',
  'as',
  'beyond',
  'besides',
]);

const straight = (s: string) => s.replace(/[’‘]/g, "'");

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

function classOf(word: string, classes: readonly (readonly string[])[]): string | null {
  for (const c of classes) if (c.includes(word)) return c[0];
  return null;
}

/** Where the head ends: before the first preposition, relative word or participle after the first word. */
function headIndex(words: string[], lists: MeasureWords): number {
  const relatives: readonly string[] = lists.relatives;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const premodifier = (lists.premodifiers as readonly string[]).includes(w);
    const joined = ['and', 'or'].includes(words[i - 1].toLowerCase());
    const participle =
      !joined &&
      ((lists.participles as readonly string[]).includes(w) ||
        (w.length > 4 && /(?:ed|ing)$/.test(w) && !premodifier));
    if (PREPOSITIONS.has(w) || relatives.includes(w) || participle || w === 'still' || w === 'now')
      return i - 1;
  }
  return words.length - 1;
}

/** A subject's words with whether each was written possessive ("Clinton's"). */
function wordsOfSubject(text: string): { words: string[]; possessive: boolean[] } {
  const raw = text
    .split(/\s+/)
    .map((w) => w.replace(/^[,;:()"]+|[,;:()".]+$/g, ''))
    .filter((w) => w !== '');
  return { words: raw.map((w) => w.replace(/'s?$/, '')), possessive: raw.map((w) => /'s?$/.test(w)) };
}

/** Reads the measure of a subject; words of the claimant ("in the RealClearPolitics average") are the source, not the scope. */
export function measureOf(
  subject: string | null,
  claimant: string | null = null,
  lists: MeasureWords = MEASURE_WORDS,
): Measure {
  const text = straight(subject ?? '');
  const { words, possessive } = wordsOfSubject(text);
  const m: Measure = {
    head: null,
    premodifiers: new Set(),
    names: new Set(),
    roles: new Set(),
    adverbs: new Set(),
    descriptors: new Set(),
    times: new Set(),
    goal: lists.goals.some((g) => ` ${text.toLowerCase()} `.includes(` ${g} `)),
    subset: false,
  };
  if (words.length === 0) return m;
  let start = 0;
  while (start < words.length - 1 && ['the', 'a', 'an'].includes(words[start].toLowerCase())) start++;
  const head = headIndex(words.slice(start), lists) + start;
  const h = singular(words[head].toLowerCase());
  m.head = classOf(h, lists.headClasses) ?? h;
  const source = new Set(
    straight(claimant ?? '')
      .toLowerCase()
      .split(/[\s/]+/),
  );
  const read: Reading = { m, head, source, lists, verb: false };
  words.forEach((word, i) => {
    if (i !== head && i >= start) readWord(read, word, i, possessive[i]);
  });
  return m;
}

interface Reading {
  m: Measure;
  head: number;
  source: Set<string>;
  lists: MeasureWords;
  /** The subject's own verb was read: later role words belong to a nested phrase. */
  verb: boolean;
}

/** Files one word of a subject under names, modifiers, times, descriptors, adverbs or roles. */
function readWord(r: Reading, word: string, i: number, possessive: boolean): void {
  const { m, head, lists } = r;
  const w = word.toLowerCase();
  if ((lists.relatives as readonly string[]).includes(w) && i > head) m.subset = true;
  if (/^\p{Lu}/u.test(word) && !(lists.timeNames as readonly string[]).includes(w)) {
    // "Super Tuesday delegates", "Republican delegates": a name before the head narrows it; "Clinton's lead" is whose.
    if (i < head && !possessive) m.premodifiers.add(w);
    else if (!r.source.has(w)) m.names.add(w);
    return;
  }
  if ((lists.times as readonly string[]).includes(w) || /^\d{4}$/.test(w)) m.times.add(w);
  else if ((lists.neutral as readonly string[]).includes(w)) return;
  else if (w.includes('-')) m.descriptors.add(w);
  else if (i > head && w.length > 4 && w.endsWith('ly') && w !== 'likely') m.adverbs.add(w);
  else readRole(r, w, i);
}

/** The subject's own verb is its role ("money given … to the group backing Rubio": given); other words before the head modify it. */
function readRole(r: Reading, w: string, i: number): void {
  const role = classOf(w, r.lists.roleClasses);
  if (role && !(r.verb && i > r.head)) r.m.roles.add(role);
  if (role && i > r.head) r.verb = true;
  if (!role && i < r.head) r.m.premodifiers.add(singular(w));
}

const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && isSubset(a, b);

/**
 * Whether two measures are one: the same head class, goal and subset, the same words before the
 * head ("Republican delegates" are not "delegates"), roles that meet ("raised" is not "spent"),
 * and names of which one side holds the other's ("Ted Cruz" and "Cruz"). `loose` drops the name
 * and modifier tests, for two reports of one exact number in different articles ("49 killed in
 * the Orlando massacre", "49 killed by Omar Mateen").
 */
export function sameMeasure(a: Measure, b: Measure, loose = false): boolean {
  if (a.head === null || a.head !== b.head || a.goal !== b.goal || a.subset !== b.subset) return false;
  if (!sameSet(a.adverbs, b.adverbs) || !sameSet(a.roles, b.roles)) return false;
  if (loose) return true;
  if (!sameSet(a.premodifiers, b.premodifiers) || !sameSet(a.descriptors, b.descriptors)) return false;
  return isSubset(a.names, b.names) || isSubset(b.names, a.names);
}

/** Whether two measures hold at the same time as far as their words say (both silent counts as the same). */
export function sameTimeWords(a: Measure, b: Measure): boolean {
  return sameSet(a.times, b.times);
}

/** The interval a figure's number allows, read with its qualifier: "at least 501" allows 503. */
export function allowedRange(f: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] {
  switch (f.qualifier) {
    case 'atLeast':
      return [f.low ?? f.value, Number.POSITIVE_INFINITY];
    case 'atMost':
      return [Number.NEGATIVE_INFINITY, f.high ?? f.value];
    case 'range':
      return [f.low ?? f.value, f.high ?? f.value];
    case 'approx':
      return [f.value * 0.9, f.value * 1.1];
    default:
      return [f.value, f.value];
  }
}

/** Whether two figures' numbers can both hold, given their qualifiers. */
export function bothHold(
  a: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>,
  b: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>,
): boolean {
  const [alo, ahi] = allowedRange(a);
  const [blo, bhi] = allowedRange(b);
  return alo <= bhi && blo <= ahi;
}
