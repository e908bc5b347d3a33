import type { Token } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
/** A run of tokens [first, last) naming who speaks. */
export interface MentionRange {
  first: number;
  last: number;
}

/** How many modifier words may precede a name ("conservative talk radio host Rush Limbaugh"). */
const MODIFIER_WINDOW = 5;
/** The longest speaker phrase taken, in tokens. */
const MAX_MENTION = 7;

const lower = (t: Token) => t.text.toLowerCase();
/** Whether a token can be part of a proper name ("Lloyd", "J.", "III", "U.S.", "Jong-un"). */
export const isNameToken = (t: Token, lex: Lexicon) =>
  t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !lex.speakers.notNames.has(t.text);
/** Titles may open a name ("Mr. Obama") though they are not one alone. */
const isTitle = (t: Token, lex: Lexicon) => t.kind === 'word' && lex.speakers.titles.has(t.text);
/** Whether a token is a personal pronoun that can speak. */
export const isPronoun = (t: Token, lex: Lexicon) => t.kind === 'word' && lex.speakers.pronouns.has(lower(t));
/** Whether a token is a function word that ends a speaker phrase ("to", "that", "and"). */
export const isStopWord = (t: Token, lex: Lexicon) => t.kind === 'word' && lex.speakers.stops.has(lower(t));
const isPlainWord = (t: Token, lex: Lexicon) =>
  t.kind === 'word' && !lex.speakers.stops.has(lower(t)) && !lex.cues.auxiliaries.has(lower(t));

/** Skips auxiliaries and adverbs backwards from `at` ("he has also said"); returns the new index. */
export function skipAuxBack(tokens: Token[], at: number, floor: number, lex: Lexicon): number {
  let j = at;
  let n = 0;
  while (j >= floor && n < 3 && tokens[j].kind === 'word' && lex.cues.auxiliaries.has(lower(tokens[j]))) {
    j--;
    n++;
  }
  return j;
}

/** Skips auxiliaries and adverbs forwards from `at`; returns the new index. */
export function skipAuxForward(tokens: Token[], at: number, ceiling: number, lex: Lexicon): number {
  let j = at;
  let n = 0;
  while (j < ceiling && n < 3 && tokens[j].kind === 'word' && lex.cues.auxiliaries.has(lower(tokens[j]))) {
    j++;
    n++;
  }
  return j;
}

/**
 * The speaker phrase ending at token `end - 1` (just before a cue): a pronoun, a name, or a noun
 * phrase headed by a speaking noun ("American intelligence officials", "the Kremlin"). Null if none.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: walks back from the cue over one speaker phrase (party tag, name, title, noun phrase, pronoun) with one cursor; each step depends on the one before.
export function mentionBefore(
  tokens: Token[],
  end: number,
  floor: number,
  lex: Lexicon,
): MentionRange | null {
  let head = end - 1;
  // "Rep. Gwen Moore (D-Wis.) said": the party tag belongs to the name before it.
  if (head >= floor && tokens[head].text === ')') {
    let k = head - 1;
    while (k >= floor && head - k < 8 && tokens[k].text !== '(') k--;
    if (k > floor && tokens[k].text === '(') head = k - 1;
  }
  if (head < floor) return null;
  const h = tokens[head];
  if (isPronoun(h, lex)) return { first: head, last: head + 1 };
  if (isNameToken(h, lex)) {
    let first = head;
    while (
      first - 1 >= floor &&
      head - first < MAX_MENTION &&
      (isNameToken(tokens[first - 1], lex) || isTitle(tokens[first - 1], lex))
    )
      first--;
    if (first - 1 >= floor && lower(tokens[first - 1]) === 'the') first--;
    return { first, last: head + 1 };
  }
  if (!isPlainWord(h, lex) || lex.speakers.determiners.has(lower(h))) return null;
  let first = head;
  while (
    first - 1 >= floor &&
    head - first < MAX_MENTION &&
    isPlainWord(tokens[first - 1], lex) &&
    !lex.speakers.determiners.has(lower(tokens[first - 1]))
  ) {
    first--;
  }
  // A speaking noun stands alone ("officials said"); any other word needs its determiner ("the book said").
  // "Ivana Trump's brief said", "Clinton’s campaign is seeking": a possessive name owns the speaking noun.
  if (first - 2 >= floor && /^['’]s$/i.test(tokens[first - 1].text) && isNameToken(tokens[first - 2], lex)) {
    let owner = first - 2;
    while (owner - 1 >= floor && head - owner < MAX_MENTION && isNameToken(tokens[owner - 1], lex)) owner--;
    return { first: owner, last: head + 1 };
  }
  const det = first - 1 >= floor ? lower(tokens[first - 1]) : '';
  if (lex.speakers.nouns.has(lower(h)))
    return { first: lex.speakers.determiners.has(det) ? first - 1 : first, last: head + 1 };
  if (lex.speakers.articles.has(det) && head - first < 3) return { first: first - 1, last: head + 1 };
  // "63 percent said": a count of people speaks too.
  if (first - 1 >= floor && tokens[first - 1].kind === 'number') return { first: first - 1, last: head + 1 };
  return null;
}

/**
 * The speaker phrase starting at `start` (just after a cue: "said Victor Cha", "said the minister").
 * Null if none.
 */
export function mentionAfter(
  tokens: Token[],
  start: number,
  ceiling: number,
  lex: Lexicon,
): MentionRange | null {
  if (start >= ceiling) return null;
  const t = tokens[start];
  if (isPronoun(t, lex)) return { first: start, last: start + 1 };
  let j = start;
  if (lex.speakers.articles.has(lower(t)) || lex.speakers.possessives.has(lower(t))) j++;
  // Modifiers before a name: "9/11 widow Terry Strada", "Trump lawyer Marc Kasowitz".
  for (
    let m = j;
    j < ceiling && !isNameToken(tokens[j], lex) && m < Math.min(ceiling, j + MODIFIER_WINDOW);
    m++
  ) {
    // "the retired neurosurgeon told REVOLT TV": the name after the cue is its object, not the speaker.
    if (
      tokens[m].kind === 'punct' ||
      tokens[m].kind === 'quote' ||
      isStopWord(tokens[m], lex) ||
      lex.cues.speech.has(lower(tokens[m]))
    )
      break;
    if (m > j && isNameToken(tokens[m], lex) && !isNameToken(tokens[m - 1], lex)) {
      j = m;
      break;
    }
  }
  let last = j;
  while (
    last < ceiling &&
    last - start < MAX_MENTION &&
    (isNameToken(tokens[last], lex) || isTitle(tokens[last], lex))
  )
    last++;
  if (last > j) return { first: start, last };
  while (
    last < ceiling &&
    last - start < MAX_MENTION &&
    isPlainWord(tokens[last], lex) &&
    !lex.speakers.nouns.has(lower(tokens[last]))
  )
    last++;
  if (last < ceiling && lex.speakers.nouns.has(lower(tokens[last]))) return { first: start, last: last + 1 };
  return null;
}
