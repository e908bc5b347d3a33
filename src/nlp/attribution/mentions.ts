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

/**
 * Words between a subject and its verb: auxiliaries ("has also"), negations ("did not", "hasn't") and
 * adverbs in -ly ("publicly").
 */
function isVerbHelper(t: Token, lex: Lexicon): boolean {
  if (t.kind !== 'word') return false;
  const w = lower(t);
  return (
    lex.cues.auxiliaries.has(w) ||
    lex.phrases.verbNegations.has(w) ||
    /n['’]t$/.test(w) ||
    /^\p{Ll}{3,}ly$/u.test(t.text)
  );
}

/** Skips auxiliaries, negations and adverbs backwards from `at` ("he has also said", "did not say"); returns the new index. */
export function skipAuxBack(tokens: Token[], at: number, floor: number, lex: Lexicon): number {
  let j = at;
  let n = 0;
  while (j >= floor && n < 4 && isVerbHelper(tokens[j], lex)) {
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

/** The longest subject read back from a cue to the start of its clause, in tokens. */
const MAX_SUBJECT = 10;
/** Prepositions a subject may hold between its words ("A spokeswoman for Hillary Clinton", "The chairman of the committee"). */
const isInner = (t: Token, lex: Lexicon) => t.kind === 'word' && lex.phrases.inner.has(lower(t));
/** Marks that end the clause before a subject. */
const CLAUSE_MARK = /^[,;:(—–]$/;

/** Whether token `k` ends what came before a clause: punctuation, a quotation mark or a conjunction. */
function opensClause(tokens: Token[], k: number, floor: number, lex: Lexicon): boolean {
  if (k < floor) return true;
  const t = tokens[k];
  if (t.kind === 'quote' || CLAUSE_MARK.test(t.text)) return true;
  return t.kind === 'word' && (lex.speakers.clauseConjunctions.has(lower(t)) || lower(t) === 'that');
}

/**
 * The noun phrase that opens the clause of a cue ending at `end`: "Connecticut's tax commissioner
 * says", "Twelve percent indicated", "A spokeswoman for Hillary Clinton says", "The Indiana governor
 * said". Any phrase of content words, names, numbers and possessives, with inner prepositions, that
 * reaches back to the sentence start, a comma or a conjunction. Null when the run meets a verb,
 * auxiliary or function word first, or holds no noun (only adverbs).
 */
export function clauseSubject(
  tokens: Token[],
  end: number,
  floor: number,
  lex: Lexicon,
): MentionRange | null {
  let first = end;
  while (first > floor && end - first < MAX_SUBJECT) {
    const step = subjectStep(tokens, first, end, floor, lex);
    if (step === 'stop') break;
    if (step === 'none') return null;
    first--;
  }
  if (first === end || !opensClause(tokens, first - 1, floor, lex)) return null;
  // The phrase opens with a determiner, name or content word, never a preposition or possessive mark.
  while (first < end && (isInner(tokens[first], lex) || /^['’]s?$/.test(tokens[first].text))) first++;
  const words = tokens.slice(first, end).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0 || words.every((t) => /ly$/.test(t.text))) return null;
  return { first, last: end };
}

/**
 * Whether the token before `first` extends a clause subject read back to `end`: 'take' it, 'stop'
 * before it, or 'none' when the phrase cannot be a subject (a preposition right before the cue).
 */
function subjectStep(
  tokens: Token[],
  first: number,
  end: number,
  floor: number,
  lex: Lexicon,
): 'take' | 'stop' | 'none' {
  const t = tokens[first - 1];
  if (/^['’]s?$/.test(t.text) && first - 1 > floor) return 'take';
  if (t.kind === 'number' || (t.kind === 'punct' && /^[-/&.]$/.test(t.text))) return 'take';
  if (t.kind !== 'word') return 'stop';
  if (isInner(t, lex)) return first === end ? 'none' : 'take';
  const w = lower(t);
  if (lex.speakers.stops.has(w) || lex.phrases.auxiliaries.has(w) || lex.cues.speech.has(w)) return 'stop';
  if (lex.cues.stance.has(w) || lex.phrases.pronouns.has(w) || lex.phrases.verbModifiers.has(w))
    return 'stop';
  // "Trump unleashed tweets": a lowercase -ed/-ing word is a verb, unless a determiner makes it an adjective.
  const prev = tokens[first - 2];
  if (/^\p{Ll}+(?:ed|ing)$/u.test(t.text) && !(prev && lex.phrases.determiners.has(lower(prev))))
    return 'stop';
  return 'take';
}
