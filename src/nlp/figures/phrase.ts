import type { Token } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';

/** Longest phrase the scans below will walk, so a run-on "sentence" stays linear. */
export const MAX_PHRASE = 12;

/**
 * A content word of a noun phrase: not a function word, verb, determiner or punctuation.
 * Attribution verbs count only capitalised ("Reports from …" opens a sentence as a noun).
 */
export function isContentWord(t: Token, lex: Lexicon): boolean {
  if (t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  if (lex.phrases.functionWords.has(w) || lex.phrases.determiners.has(w)) return false;
  return !lex.cues.stance.has(w) || /^\p{Lu}/u.test(t.text);
}

/** A determiner ("the", "its"): it may open a phrase but not end one. */
export function isDeterminer(t: Token, lex: Lexicon): boolean {
  return lex.phrases.determiners.has(t.text.toLowerCase());
}

/** A personal pronoun ("he", "they"): a claimant to resolve to an earlier name. */
export function isPronoun(t: Token, lex: Lexicon): boolean {
  return lex.phrases.pronouns.has(t.text.toLowerCase());
}

/** An auxiliary verb ("has", "would"). */
export function isAuxiliary(t: Token, lex: Lexicon): boolean {
  return lex.phrases.auxiliaries.has(t.text.toLowerCase());
}

/** A digit or spelled number ("300", "three", "dozens"). */
export function isNumberToken(t: Token, lex: Lexicon): boolean {
  return t.kind === 'number' || lex.numbers.words.has(t.text.toLowerCase());
}

/** An adverb, auxiliary or negation that sits between a subject and its verb ("have previously denied"). */
export function isVerbModifier(t: Token, lex: Lexicon): boolean {
  const w = t.text.toLowerCase();
  return (
    lex.phrases.verbModifiers.has(w) || (t.kind === 'word' && /^\p{Ll}{3,}ly$/u.test(t.text) && w !== 'only')
  );
}

/** A past-tense or participle form ("sent", "voted", "fighting"): it ends a noun phrase after its head. */
export function looksVerbal(t: Token): boolean {
  return /^\p{Ll}+(?:ed|ing)$/u.test(t.text) && t.text.length > 4;
}

/** A possessive marker token ("’s", "'s", "'"). */
export function isPossessive(t: Token): boolean {
  return /^['’][sS]?$/.test(t.text);
}

/**
 * The noun phrase starting at `i`: content words, possessives and inner "and" between content
 * words; it ends at a verb-like word after its head. Returns the past-last index (`i` when none).
 */
export function phraseRight(tokens: Token[], i: number, end: number, lex: Lexicon): number {
  let k = i;
  while (k < end && k - i < MAX_PHRASE) {
    const t = tokens[k];
    if (isContentWord(t, lex)) {
      // "12 killed", "dead and wounded": these participles name people; other -ed/-ing words are verbs.
      const w = t.text.toLowerCase();
      if (
        looksVerbal(t) &&
        !lex.phrases.premodifiers.has(w) &&
        !premodifiesNoun(tokens, k, i, end, lex) &&
        !(lex.phrases.people.has(w) && (k === i || isCoordinator(tokens[k - 1])))
      )
        break;
      // After a plural head a lowercase word is its verb: "lawmakers voted", "Americans disapprove".
      if (k > i && /^\p{Ll}/u.test(t.text) && isPluralHead(tokens[k - 1], lex)) break;
      k++;
      continue;
    }
    const w = t.text.toLowerCase();
    const next = tokens[k + 1];
    const joinable =
      k > i &&
      k + 1 < end &&
      isContentWord(next, lex) &&
      !isNumberToken(next, lex) &&
      (!looksVerbal(next) || lex.phrases.people.has(next.text.toLowerCase()));
    // "dead and wounded", "tanks and armoured vehicles": a coordination of content words.
    if ((w === 'and' || w === 'or') && joinable && /^\p{Ll}/u.test(next.text)) {
      k++;
      continue;
    }
    // "the city’s water supply".
    if (isPossessive(t) && joinable) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** "California manufacturing jobs": an -ing or -ed word between a modifier and a noun is part of the phrase. */
function premodifiesNoun(tokens: Token[], k: number, i: number, end: number, lex: Lexicon): boolean {
  const next = tokens[k + 1];
  if (k === i || k + 1 >= end || !next || isPluralHead(tokens[k - 1], lex)) return false;
  return /^\p{Ll}+$/u.test(next.text) && isContentWord(next, lex) && !looksVerbal(next);
}

function isCoordinator(t: Token): boolean {
  const w = t.text.toLowerCase();
  return w === 'and' || w === 'or';
}

function isPluralHead(t: Token, lex: Lexicon): boolean {
  const w = t.text.toLowerCase();
  if (lex.phrases.irregularPlurals.has(w)) return true;
  return t.kind === 'word' && w.length > 3 && /[^su]s$/.test(w) && !lex.phrases.people.has(w);
}

/**
 * The noun phrase ending right before `at`, walking left over content words, determiners,
 * possessives, inner "and"/"of"/"from"/"for"/"in"/"at" between content words and acronyms
 * ("U.S."). Returns the first index (`at` when there is none).
 */
export function phraseLeft(tokens: Token[], at: number, first: number, lex: Lexicon): number {
  let k = at;
  while (k > first && at - k < MAX_PHRASE) {
    const t = tokens[k - 1];
    // "soldiers Ukraine believed": a lowercase word does not run into a name after it.
    const name = k < at && /^\p{Lu}/u.test(tokens[k].text);
    if (isPossessive(t) || (isContentWord(t, lex) && !(name && /^\p{Ll}/u.test(t.text)))) {
      k--;
      continue;
    }
    const w = t.text.toLowerCase();
    const before = k - 2 >= first ? tokens[k - 2] : undefined;
    if (
      lex.phrases.inner.has(w) &&
      k < at &&
      before &&
      (isContentWord(before, lex) || isPossessive(before))
    ) {
      k--;
      continue;
    }
    // "Officials from the ministry": a determiner after an inner preposition stays inside.
    if (isDeterminer(t, lex) && k < at) {
      const prep = before?.text.toLowerCase() ?? '';
      const owner = k - 3 >= first ? tokens[k - 3] : undefined;
      if (lex.phrases.inner.has(prep) && owner && isContentWord(owner, lex)) {
        k -= 2;
        continue;
      }
      k--;
    }
    break;
  }
  return k;
}
