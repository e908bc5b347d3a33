import type { Token } from '../../model/index.js';
import { PHRASE_WORDS } from '../data/phrase-words.js';

const FUNCTION_WORDS = new Set<string>([
  ...PHRASE_WORDS.prepositions,
  ...PHRASE_WORDS.conjunctions,
  ...PHRASE_WORDS.pronouns,
  ...PHRASE_WORDS.auxiliaries,
  ...PHRASE_WORDS.negations,
  ...PHRASE_WORDS.adverbs,
  ...PHRASE_WORDS.verbs,
]);
const DETERMINERS = new Set<string>(PHRASE_WORDS.determiners);
const PRONOUNS = new Set<string>(PHRASE_WORDS.pronouns);
const ADVERBS = new Set<string>([
  ...PHRASE_WORDS.adverbs,
  ...PHRASE_WORDS.auxiliaries,
  ...PHRASE_WORDS.negations,
]);

/** Longest phrase the scans below will walk, so a run-on "sentence" stays linear. */
export const MAX_PHRASE = 12;

/** A content word of a noun phrase: not a function word, verb, determiner or punctuation. */
export function isContentWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w);
}

/** A determiner ("the", "its"): it may open a phrase but not end one. */
export function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.text.toLowerCase());
}

/** A personal pronoun ("he", "they"): a claimant to resolve to an earlier name. */
export function isPronoun(t: Token): boolean {
  return PRONOUNS.has(t.text.toLowerCase());
}

/** An adverb, auxiliary or negation that sits between a subject and its verb ("have previously denied"). */
export function isVerbModifier(t: Token): boolean {
  return ADVERBS.has(t.text.toLowerCase());
}

/** A past-tense or participle form ("sent", "arrived", "fighting"): it ends a noun phrase after its head. */
export function looksVerbal(t: Token): boolean {
  return /\p{Ll}(?:ed|ing)$/u.test(t.text) && t.text.length > 5 && /^\p{Ll}/u.test(t.text);
}

/** A possessive marker token ("’s", "'s", "'"). */
export function isPossessive(t: Token): boolean {
  return /^['’][sS]?$/.test(t.text);
}

/**
 * The noun phrase starting at `i`: content words, inner "and" between content words, no verbs
 * after the first word. Returns the past-last index (`i` when there is none).
 */
export function phraseRight(tokens: Token[], i: number, end: number): number {
  let k = i;
  while (k < end && k - i < MAX_PHRASE) {
    const t = tokens[k];
    if (isContentWord(t) && !(k > i && looksVerbal(t))) {
      k++;
      continue;
    }
    const w = t.text.toLowerCase();
    // "dead and wounded", "tanks and armoured vehicles": a coordination of content words.
    if (
      (w === 'and' || w === 'or') &&
      k > i &&
      k + 1 < end &&
      isContentWord(tokens[k + 1]) &&
      !/^\p{Lu}/u.test(tokens[k + 1].text)
    ) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * The noun phrase ending right before `at`, walking left over content words, determiners,
 * possessives, inner "and"/"of"/"from" between content words and acronyms ("U.S.").
 * Returns the first index (`at` when there is none).
 */
export function phraseLeft(tokens: Token[], at: number, first: number): number {
  let k = at;
  while (k > first && at - k < MAX_PHRASE) {
    const t = tokens[k - 1];
    if (isContentWord(t) || isPossessive(t)) {
      k--;
      continue;
    }
    const w = t.text.toLowerCase();
    const inner = w === 'and' || w === 'of' || w === 'from' || w === 'by' || w === '&';
    if (inner && k < at && k - 2 >= first && (isContentWord(tokens[k - 2]) || isPossessive(tokens[k - 2]))) {
      k--;
      continue;
    }
    if (isDeterminer(t) && k < at) k--;
    break;
  }
  return k;
}
