import {
  CLAIMANT_TITLES,
  DETERMINERS,
  ED_PREMODIFIERS,
  EVIDENCE_NOUNS,
  ING_WORDS,
  INVARIANT_PLURALS,
  IRREGULAR_POSTMODIFIERS,
  POSTMODIFIER_OPENERS,
} from './data/figure-words.js';

const DET = new Set(DETERMINERS);
const OPENERS = new Set(POSTMODIFIER_OPENERS);
const IRREGULAR = new Set(IRREGULAR_POSTMODIFIERS);
const ED_PRE = new Set(ED_PREMODIFIERS);
const ING = new Set(ING_WORDS);
const INVARIANT = new Set(INVARIANT_PLURALS);
const TITLES = new Set(CLAIMANT_TITLES);
const EVIDENCE = new Set(EVIDENCE_NOUNS);

const straight = (s: string) => s.replace(/[’‘]/g, "'");

/** Lower-case words of a subject, edge punctuation trimmed, leading determiners dropped. */
function subjectWords(subject: string): string[] {
  const words = straight(subject.toLowerCase())
    .split(/\s+/)
    .map((w) => w.replace(/^[,;:()"]+|[,;:()".]+$/g, ''))
    .filter((w) => w !== '');
  let first = 0;
  while (first < words.length && DET.has(words[first])) first++;
  return words.slice(first);
}

/** Whether a word opens the post-modifier of a noun phrase ("raised", "who", "backing"). */
function opensPostmodifier(word: string): boolean {
  if (OPENERS.has(word) || IRREGULAR.has(word)) return true;
  if (word.includes('-') || word.length <= 4) return false;
  if (word.endsWith('ed')) return !ED_PRE.has(word);
  if (word.endsWith('ing')) return !ING.has(word);
  return false;
}

/** A crude singular: "voters" and "voter", "businesses" and "business" compare equal. */
export function singular(word: string): string {
  if (INVARIANT.has(word)) return word;
  if (word.length > 6 && word.endsWith('uses')) return word.slice(0, -2);
  if (word.length > 4 && /(?:sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

/**
 * The head noun of a figure's subject: the last word before the first post-modifier opener (a
 * preposition, relative word, participle or listed adverb), singular and without a possessive.
 * "registered voters who back the incumbent" → "voter"; "money raised by the campaign" → "money";
 * "the dead and wounded" → "wounded" (a participle after "and" or an -ly adverb is not an opener).
 */
export function subjectHead(subject: string | null | undefined): string | null {
  if (!subject) return null;
  const words = subjectWords(subject);
  if (words.length === 0) return null;
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1];
    const joined = !OPENERS.has(words[i]) && (prev === 'and' || prev === 'or' || prev.endsWith('ly'));
    if (opensPostmodifier(words[i]) && !joined) {
      end = i;
      break;
    }
  }
  return singular(words[end - 1].replace(/'s?$/, ''));
}

/** Whether two subjects have the same head noun (both missing counts as agreeing). */
export function sameSubjectHead(a: string | null | undefined, b: string | null | undefined): boolean {
  return subjectHead(a) === subjectHead(b);
}

interface ClaimantKey {
  /** Identifying words, lower case: determiners, titles, possessives and evidence nouns dropped. */
  words: string[];
  /** The capitalised identifying words, lower case: the names in the phrase. */
  names: Set<string>;
  /** Words written in capitals ("AP", "FEC"), lower case: possible acronyms. */
  acronyms: string[];
}

function claimantKey(claimant: string): ClaimantKey {
  const tokens = straight(claimant)
    .split(/[^\p{L}\p{N}']+/u)
    .map((t) => t.replace(/'s?$/, ''))
    .filter((t) => t !== '');
  const words: string[] = [];
  const names = new Set<string>();
  const acronyms: string[] = [];
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (DET.has(w) || TITLES.has(w) || EVIDENCE.has(w)) continue;
    words.push(w);
    if (/^\p{Lu}/u.test(t)) names.add(w);
    if (/^\p{Lu}{2,6}$/u.test(t)) acronyms.push(w);
  }
  return { words, names, acronyms };
}

/** "AP" stands for "Associated Press", "FEC" for "Federal Election Commission". */
function hasAcronymOf(short: ClaimantKey, long: ClaimantKey): boolean {
  const initials = long.words
    .filter((w) => long.names.has(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && short.acronyms.includes(initials);
}

/**
 * Whether a predicted claimant names the gold one. Both null agree; one null does not. Otherwise,
 * after dropping determiners, titles, possessives and evidence nouns ("poll", "filings"), the last
 * word of one must be among the words of the other, and when both carry capitalised names they
 * must share one ("Sanders" = "Bernie Sanders' campaign"; "the Clinton campaign" ≠ "the Trump
 * campaign"). An acronym matches the initials of the other's names ("AP" = "the Associated Press").
 */
export function sameClaimant(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  const g = claimantKey(gold);
  const p = claimantKey(predicted);
  if (hasAcronymOf(p, g) || hasAcronymOf(g, p)) return true;
  if (g.words.length === 0 || p.words.length === 0)
    return straight(gold).trim().toLowerCase() === straight(predicted).trim().toLowerCase();
  const headMatch =
    p.words.includes(g.words[g.words.length - 1]) || g.words.includes(p.words[p.words.length - 1]);
  if (!headMatch) return false;
  if (g.names.size === 0 || p.names.size === 0) return true;
  for (const n of g.names) if (p.names.has(n)) return true;
  return false;
}

/**
 * Whether two figure numbers agree: both null, or within a relative 1e-4 (floor 0.005), so that
 * "two-thirds" stored as 66.67 matches 66.666… and 1,410 does not match 1,411.
 */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1e-4 * Math.abs(b), 0.005);
}
