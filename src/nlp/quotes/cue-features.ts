import type { Doc, Token } from '../../model/index.js';
import { sentenceEnd, sentenceStart } from '../attribution/context.js';
import { isNameToken } from '../attribution/mentions.js';
import type { Lexicon } from '../lexicon.js';

/**
 * Token indices that may be reported-speech cues: words seen as cues in training. Auxiliaries are part
 * of a cue ("has also said") but never its head: the verb after them is the candidate.
 */
export function cueCandidates(doc: Doc, cueWords: ReadonlySet<string>, lex: Lexicon): number[] {
  const out: number[] = [];
  doc.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (t.kind === 'word' && t.start < doc.bodyEnd && cueWords.has(w) && !lex.cues.auxiliaries.has(w))
      out.push(i);
  });
  return out;
}

/** A coarse class of a token for context features: pronoun, name, speaking noun, punctuation or the word. */
function classOf(t: Token | undefined, lex: Lexicon): string {
  if (!t) return '<none>';
  const w = t.text.toLowerCase();
  if (t.kind === 'quote') return '<q>';
  if (t.kind !== 'word') return t.text.length === 1 ? t.text : `<${t.kind}>`;
  if (lex.speakers.pronouns.has(w)) return '<pron>';
  if (lex.speakers.nouns.has(w)) return '<noun>';
  if (isNameToken(t, lex)) return '<name>';
  return w.endsWith('ly') ? '<adv>' : '<w>';
}

/** The features of one cue candidate: the word, its neighbours and their classes, and its place in the sentence. */
export function cueFeatures(doc: Doc, i: number, lex: Lexicon): string[] {
  const { tokens } = doc;
  const t = tokens[i];
  const w = t.text.toLowerCase();
  const first = sentenceStart(doc, i);
  const last = sentenceEnd(doc, i);
  const at = (k: number) => (k >= first && k < last ? tokens[k] : undefined);
  const lw = (k: number) => at(k)?.text.toLowerCase() ?? '<none>';
  const c = (k: number) => classOf(at(k), lex);
  let quoteInSentence = false;
  for (let k = first; k < last && k < first + 200; k++)
    if (tokens[k].kind === 'quote') quoteInSentence = true;
  const pos = i - first;
  const fromEnd = last - i;
  return [
    `w=${w}`,
    `cap=${/^\p{Lu}/u.test(t.text)}`,
    `p1=${lw(i - 1)}`,
    `n1=${lw(i + 1)}`,
    `w,p1=${w},${lw(i - 1)}`,
    `w,n1=${w},${lw(i + 1)}`,
    `w,n2=${w},${lw(i + 2)}`,
    `p2,p1=${lw(i - 2)},${lw(i - 1)}`,
    `c-1=${c(i - 1)}`,
    `c+1=${c(i + 1)}`,
    `w,c-1=${w},${c(i - 1)}`,
    `w,c+1=${w},${c(i + 1)}`,
    `c-2,c-1=${c(i - 2)},${c(i - 1)}`,
    `c+1,c+2=${c(i + 1)},${c(i + 2)}`,
    `w,c-1,c+1=${w},${c(i - 1)},${c(i + 1)}`,
    `pos=${Math.min(pos, 6)}`,
    `end=${Math.min(fromEnd, 6)}`,
    `w,end=${w},${Math.min(fromEnd, 4)}`,
    `quote=${quoteInSentence}`,
    `w,quote=${w},${quoteInSentence}`,
    `n1that=${lw(i + 1) === 'that' || lw(i + 2) === 'that'}`,
  ];
}
