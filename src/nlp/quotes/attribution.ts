import type { Doc, Token } from '../../model/index.js';
import { sentenceStart } from '../attribution/context.js';
import {
  isNameToken,
  isPronoun,
  isStopWord,
  type MentionRange,
  mentionAfter,
  mentionBefore,
  skipAuxBack,
  skipAuxForward,
} from '../attribution/mentions.js';
import type { Lexicon } from '../lexicon.js';

/** Who is cued as speaking a quotation, and by which word. */
export interface Attribution {
  /** Token index of the cue word, or -1 when the speaker is inherited without a cue of its own. */
  cue: number;
  mention: MentionRange | null;
  /** The rule that found it, kept on the quote for tracing. */
  rule: string;
}

/** How far past a closing mark a cue may sit ("…,” said the party's vice-presidential nominee). */
const AFTER_WINDOW = 10;
/** How far before an opening mark a cue is looked for, in tokens. */
const BEFORE_WINDOW = 40;

/** Whether the trained cue model takes token `i` for a speech cue ("blasted", "is stressing"). */
export type CueTest = (i: number) => boolean;

/** Whether a token is a speech verb. */
export const isSpeechVerb = (t: Token, lex: Lexicon) =>
  t.kind === 'word' && lex.cues.speech.has(t.text.toLowerCase());

const hasNewlineBetween = (doc: Doc, a: number, b: number) =>
  doc.text.slice(doc.tokens[a].end, doc.tokens[b].start).includes('\n');

/** Dashes that put a byline after a quotation ("“…” ― Karen Bobadilla"). */
const BYLINE_DASHES = new Set(['―', '—', '–', '-', '--']);
/** How far an apposition may run between a name and its cue ("Scott Pruitt, the attorney general of Oklahoma, said"). */
const APPOSITION_WINDOW = 24;

/** The cue after a speaker's apposition: "Name, the …, said" (a comma, then the verb). */
function cueAfterApposition(tokens: Token[], from: number, ceiling: number, lex: Lexicon): number {
  if (from >= ceiling || tokens[from].text !== ',') return -1;
  const end = Math.min(ceiling, from + APPOSITION_WINDOW);
  for (let k = from + 1; k < end; k++) {
    // A possessive apostrophe ("Sanders' campaign manager") is not a quotation mark.
    if (tokens[k].kind === 'quote' && !isPossessiveMark(tokens, k)) return -1;
    if (tokens[k].text === ',' && k + 1 < end) {
      const v = skipAuxForward(tokens, k + 1, end, lex);
      if (v < end && isSpeechVerb(tokens[v], lex)) return v;
    }
  }
  return -1;
}

/** “…,” said Victor Cha / “…,” Zelensky said / “…?” Austin remarked: the cue right after the closing mark. */
export function cueAfter(doc: Doc, close: number, lex: Lexicon): Attribution | null {
  const { tokens } = doc;
  const k = close + 1;
  if (k >= tokens.length || hasNewlineBetween(doc, close, k)) return null;
  // A cue after a quotation follows a break: “…,” / “…?” / “…” , said — not a phrase running on (“common-sense” approach).
  let lastInside = close - 1;
  while (lastInside > 0 && tokens[lastInside].kind === 'quote') lastInside--;
  const inside = lastInside >= 0 ? tokens[lastInside].text : '';
  if (/^[,.?!…—–-]$/.test(inside) || tokens[k].text === ',' || BYLINE_DASHES.has(tokens[k].text))
    return cueAfterBreak(tokens, close, k, lex);
  // “… niches” Grubbs said: a dropped comma, taken only when a name and its verb follow at once.
  const found = isNameToken(tokens[k], lex) ? cueAfterBreak(tokens, close, k, lex) : null;
  return found?.rule === 'quote-speaker-after' && found.mention?.first === k ? found : null;
}

/** The cue and speaker after a quotation's closing mark, from token `k` on. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the attribution shapes after a closing mark ("…," X said / said X / — X / according to X) are tried in a fixed order over one shared cursor.
function cueAfterBreak(tokens: Token[], close: number, from: number, lex: Lexicon): Attribution | null {
  let k = from;
  const ceiling = Math.min(tokens.length, close + 1 + AFTER_WINDOW + APPOSITION_WINDOW);
  while (k < ceiling && (tokens[k].text === ',' || tokens[k].kind === 'quote')) k++;
  const according = accordingTo(tokens, k, Math.min(ceiling, k + 2), lex);
  if (according) return according;
  if (k < ceiling && BYLINE_DASHES.has(tokens[k].text)) {
    const byline = mentionAfter(tokens, k + 1, ceiling, lex);
    if (byline && isNameToken(tokens[byline.first], lex))
      return { cue: k, mention: byline, rule: 'quote-byline' };
  }
  const v = skipAuxForward(tokens, k, ceiling, lex);
  if (v < ceiling && isSpeechVerb(tokens[v], lex)) {
    const at = skipAuxForward(tokens, v + 1, ceiling, lex);
    const mention = mentionAfter(tokens, at, ceiling, lex) ?? determinerPhrase(tokens, at, ceiling, lex);
    if (mention)
      return {
        cue: v,
        mention: relayOf(tokens, mention.last, ceiling, lex) ?? mention,
        rule: 'quote-cue-after',
      };
  }
  const found = speakerPhraseAt(tokens, k, ceiling, lex);
  const before = phraseBeforeVerb(tokens, k, ceiling, lex);
  // "the New York businessman said": prefer the run up to the verb when the phrase found stops short of it.
  const mention = before && (!found || found.last < before.last) ? before : found;
  if (!mention) return null;
  let verb = skipAuxForward(tokens, mention.last, ceiling, lex);
  if (verb < ceiling && tokens[verb].text === '(') {
    // "Rep. Elijah E. Cummings (D-Md.) said": step over the party tag.
    while (verb < ceiling && tokens[verb].text !== ')') verb++;
    verb = skipAuxForward(tokens, verb + 1, ceiling, lex);
  }
  if (verb < ceiling && isSpeechVerb(tokens[verb], lex))
    return {
      cue: verb,
      mention: relayOf(tokens, verb + 1, ceiling, lex) ?? mention,
      rule: 'quote-speaker-after',
    };
  const apposed = cueAfterApposition(tokens, mention.last, ceiling, lex);
  if (apposed >= 0) return { cue: apposed, mention, rule: 'quote-speaker-apposition' };
  return null;
}

/** How far past the cue a relaying source may follow ("Sanders said at a rally, according to CNN"). */
const RELAY_WINDOW = 8;

/** "“…,” Sanders said, according to CNN": the outlet that relays the words is the quote's source. */
function relayOf(tokens: Token[], from: number, ceiling: number, lex: Lexicon): MentionRange | null {
  const end = Math.min(ceiling, from + RELAY_WINDOW);
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || /^[.!?;:]$/.test(t.text)) return null;
    if (t.text === ',' && tokens[k + 1]?.text.toLowerCase() === 'according')
      return accordingTo(tokens, k + 1, k + 2, lex)?.mention ?? null;
  }
  return null;
}

/** "9/11 widow Terry Strada said" / "Trump lawyer Marc Kasowitz said": any short unpunctuated run before a speech verb. */
function phraseBeforeVerb(tokens: Token[], k: number, ceiling: number, lex: Lexicon): MentionRange | null {
  if (k >= ceiling || (tokens[k].kind !== 'word' && tokens[k].kind !== 'number')) return null;
  if (isStopWord(tokens[k], lex) || lex.speakers.clauseConjunctions.has(tokens[k].text.toLowerCase()))
    return null;
  for (let v = k + 1; v < Math.min(ceiling, k + 7); v++) {
    if (tokens[v].kind === 'punct' || tokens[v].kind === 'quote') return null;
    // "Mr. Morgan of the Sierra Club said": a name may carry an "of" phrase; other function words end it.
    if (
      isStopWord(tokens[v], lex) &&
      !(/^\p{Lu}/u.test(tokens[k].text) && lex.speakers.nameLinks.has(tokens[v].text.toLowerCase()))
    )
      return null;
    if (isSpeechVerb(tokens[v], lex)) {
      const end = skipAuxBack(tokens, v - 1, k, lex) + 1;
      return end > k ? { first: k, last: end } : null;
    }
  }
  return null;
}

/** The longest "the base chief known as Bob" phrase taken after a speech verb, in tokens. */
const DETERMINER_PHRASE_MAX = 9;

/** An apostrophe glued to the end of a word ending in s: a plural possessive, not a quotation mark. */
function isPossessiveMark(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return (
    /^['’]$/.test(tokens[k].text) &&
    prev !== undefined &&
    prev.end === tokens[k].start &&
    /s$/i.test(prev.text)
  );
}

/** "…,” said the ruling.": after a speech verb, a short determiner phrase up to punctuation speaks. */
function determinerPhrase(tokens: Token[], k: number, ceiling: number, lex: Lexicon): MentionRange | null {
  if (k >= ceiling || !lex.speakers.cueDeterminersAfter.has(tokens[k].text.toLowerCase())) return null;
  for (let j = k + 1; j < Math.min(ceiling, k + DETERMINER_PHRASE_MAX); j++) {
    if (tokens[j].kind !== 'word')
      return j > k + 1 && tokens[j].kind === 'punct' ? { first: k, last: j } : null;
  }
  return null;
}

/** A speaker phrase at `k` when a verb follows: a name, pronoun, speaking noun, or "the book". */
function speakerPhraseAt(tokens: Token[], k: number, ceiling: number, lex: Lexicon): MentionRange | null {
  const known = mentionAfter(tokens, k, ceiling, lex);
  if (known) return known;
  // Any short determiner phrase followed by a speech verb speaks ("the book said", "the ruling said").
  if (k < ceiling && lex.speakers.cueDeterminersBefore.has(tokens[k].text.toLowerCase())) {
    for (let j = k + 1; j < Math.min(ceiling, k + 4); j++) {
      if (tokens[j].kind !== 'word') return null;
      if (j + 1 < ceiling && isSpeechVerb(tokens[j + 1], lex)) return { first: k, last: j + 1 };
    }
  }
  return null;
}

/**
 * Trump said: “…” / Austin described it as a “very serious” escalation: the nearest speech verb before the
 * opening mark in the same sentence, with its subject; a participle ("…, adding that") takes the
 * sentence's earlier speaker.
 */
export function cueBefore(doc: Doc, open: number, isCue: CueTest, lex: Lexicon): Attribution | null {
  const { tokens } = doc;
  // A mark right after a full stop opens a new sentence: nothing before it cues it.
  if (open > 0 && /^[.!?]$/.test(tokens[open - 1].text)) return null;
  const floor = Math.max(sentenceStart(doc, open), open - BEFORE_WINDOW);
  const according = accordingTo(tokens, floor, open, lex);
  if (according) return according;
  const from = afterIntroduction(tokens, floor, open, lex);
  // Speech verbs first, then the model's cues; the leftmost with a subject governs ("Clinton says she
  // admired what she calls a “war …”" is Clinton's).
  // A capitalised word inside a sentence is part of a name ("the United States", "the Washington Post").
  const inName = (v: number) => v > sentenceStart(doc, v) && /^\p{Lu}/u.test(tokens[v].text);
  const verb = (v: number) => isSpeechVerb(tokens[v], lex) && !inName(v);
  const cue = (v: number) => isCue(v) && !inName(v);
  const found = cueWithSpeaker(tokens, from, open, verb, lex) ?? cueWithSpeaker(tokens, from, open, cue, lex);
  if (found) return found;
  let participle = -1;
  for (let v = from; v < open && participle < 0; v++) if (verb(v) || cue(v)) participle = v;
  if (participle < 0) return null;
  // "“What are you doing?” Austin remarked, adding that …": the earlier quote's cue names the speaker.
  for (let c = open - 1; c >= floor; c--) {
    if (tokens[c].kind !== 'quote') continue;
    const earlier = cueAfter(doc, c, lex);
    if (earlier) return { cue: participle, mention: earlier.mention, rule: 'quote-cue-participle' };
  }
  // "Trump attacked Clinton …, saying, “…”": the sentence's subject speaks, else the nearest name before.
  return {
    cue: participle,
    mention: openingSubject(tokens, from, participle, lex) ?? nearestSpeaker(tokens, from, participle, lex),
    rule: 'quote-cue-participle',
  };
}

/** "According to Limbaugh, “…”" / "“…”, according to the organizers": the source after "according to" in [from, end). */
function accordingTo(tokens: Token[], from: number, end: number, lex: Lexicon): Attribution | null {
  for (let k = from; k < end; k++) {
    if (tokens[k].text.toLowerCase() !== 'according' || tokens[k + 1]?.text.toLowerCase() !== 'to') continue;
    const mention = mentionAfter(tokens, k + 2, Math.min(tokens.length, k + 2 + APPOSITION_WINDOW), lex);
    if (mention) return { cue: k, mention, rule: 'quote-according-to' };
  }
  return null;
}

/** The nearest name or pronoun before `end` (outside quotations), as a speaker of last resort. */
function nearestSpeaker(tokens: Token[], from: number, end: number, lex: Lexicon): MentionRange | null {
  for (let k = end; k > from; k--) {
    if (tokens[k - 1].kind === 'quote') return null;
    if (isNameToken(tokens[k - 1], lex) || isPronoun(tokens[k - 1], lex))
      return mentionBefore(tokens, k, from, lex);
  }
  return null;
}

/** Where the clause proper starts: past an introductory phrase ending in a comma, else the sentence start. */
function afterIntroduction(tokens: Token[], floor: number, open: number, lex: Lexicon): number {
  if (!lex.cues.introductions.has(tokens[floor].text.toLowerCase())) return floor;
  // The introduction ends at its comma, unless that comma is the one just before the quotation.
  for (let k = floor + 1; k < open - 1; k++) if (tokens[k].text === ',') return k + 1;
  return floor;
}

/** Words that head a sentence without naming anyone: "Hours later, …", "Holding signs …", a WASHINGTON dateline. */
function isFalseOpener(tokens: Token[], m: MentionRange, lex: Lexicon): boolean {
  if (m.last - m.first !== 1) return false;
  const word = tokens[m.first].text;
  const next = tokens[m.first + 1]?.text.toLowerCase() ?? '';
  return (
    /^\p{Lu}\p{Ll}+ing$/u.test(word) || /^\p{Lu}{3,}$/u.test(word) || lex.speakers.timeAfterOpener.has(next)
  );
}

/** The name or pronoun opening the clause at `from`, past a false opener and its comma ("Hours later, Trump …"). */
function openingSubject(tokens: Token[], from: number, end: number, lex: Lexicon): MentionRange | null {
  const opener = mentionAfter(tokens, from, end, lex);
  if (!opener || !isFalseOpener(tokens, opener, lex)) return opener;
  for (let k = opener.last; k < end; k++) {
    if (tokens[k].kind === 'quote') return null;
    if (tokens[k].text === ',') return mentionAfter(tokens, k + 1, end, lex);
  }
  return null;
}

/** The subject of an apposed speaker: "Minyon Moore, a senior adviser to the campaign, called" → Minyon Moore. */
function apposedSubject(tokens: Token[], comma: number, from: number, lex: Lexicon): MentionRange | null {
  for (let k = comma - 1; k > from && comma - k <= APPOSITION_WINDOW; k--) {
    if (tokens[k].text === ',') return mentionBefore(tokens, k, from, lex);
  }
  return from < comma && isNameToken(tokens[from], lex) ? mentionAfter(tokens, from, comma, lex) : null;
}

/** The leftmost cue in [from, open) accepted by `test` that has a speaker: its subject, apposed subject, or object. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: for each cue it tries the subject, the apposed subject and the object in the order that decides who speaks; the cases share the cue's positions.
function cueWithSpeaker(
  tokens: Token[],
  from: number,
  open: number,
  test: (v: number) => boolean,
  lex: Lexicon,
): Attribution | null {
  for (let v = from; v < open; v++) {
    if (!test(v)) continue;
    const participle = tokens[v].text.endsWith('ing');
    const subjectEnd = skipAuxBack(tokens, v - 1, from, lex) + 1;
    const subject = mentionBefore(tokens, subjectEnd, from, lex);
    // "… denounce what Turnbull called …": a relative clause's speaker is quoted by the sentence's subject.
    if (
      subject &&
      subject.first - 1 >= from &&
      lex.speakers.relativeObjects.has(tokens[subject.first - 1].text.toLowerCase())
    ) {
      const outer = mentionAfter(tokens, from, subject.first - 1, lex);
      if (outer) return { cue: v, mention: outer, rule: 'quote-cue-relative' };
    }
    if (subject) return { cue: v, mention: subject, rule: 'quote-cue-before' };
    // "Rucker Culpepper, who runs …, said, “…”": the speaker and its apposition precede the cue.
    if (!participle && subjectEnd - 1 > from && tokens[subjectEnd - 1].text === ',') {
      const apposed = apposedSubject(tokens, subjectEnd - 1, from, lex);
      if (apposed) return { cue: v, mention: apposed, rule: 'quote-cue-apposition' };
    }
    // "Trump unleashed tweets early Friday saying that …": a participle speaks for the sentence's subject.
    if (participle && tokens[v - 1]?.text !== ',') {
      const opener = openingSubject(tokens, from, v, lex);
      if (opener) return { cue: v, mention: opener, rule: 'quote-cue-participle' };
    }
    const object = participle ? null : mentionAfter(tokens, v + 1, open, lex);
    if (object && tokens[object.last]?.kind !== 'word')
      return { cue: v, mention: object, rule: 'quote-cue-before' };
  }
  return null;
}

/** The previous sentence ends with a colon after a cue ("Trump wrote on Twitter:"): its speaker. */
export function cueIntroducing(doc: Doc, open: number, lex: Lexicon): Attribution | null {
  const { tokens } = doc;
  const prevEnd = sentenceStart(doc, open) === open ? open - 1 : -1;
  let colon = -1;
  if (prevEnd >= 0 && tokens[prevEnd].text === ':') colon = prevEnd;
  else if (open - 1 >= 0 && tokens[open - 1].text === ':') colon = open - 1;
  if (colon < 0) return null;
  const floor = Math.max(sentenceStart(doc, colon), colon - BEFORE_WINDOW);
  for (let v = colon - 1; v >= floor; v--) {
    if (!isSpeechVerb(tokens[v], lex)) continue;
    const subject = mentionBefore(tokens, skipAuxBack(tokens, v - 1, floor, lex) + 1, floor, lex);
    if (subject) return { cue: v, mention: subject, rule: 'quote-colon' };
  }
  // "PENCE: …" transcript turns and "Sources:" style labels: the words before the colon speak.
  const label = mentionBefore(tokens, colon, floor, lex);
  return label && label.first === floor ? { cue: colon, mention: label, rule: 'quote-colon-label' } : null;
}
