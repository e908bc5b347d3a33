import type { Sentence, Token } from '../model/index.js';
import { QUOTE_FOLLOW_VERBS, SENTENCE_STARTERS } from './data/abbreviations.js';
import { isTitleAbbreviation } from './tokens.js';

const STARTERS = new Set(SENTENCE_STARTERS);
const FOLLOW_VERBS = new Set(QUOTE_FOLLOW_VERBS);
const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);
/** A line this long that ends without terminal punctuation is taken as hard-wrapped prose. */
const WRAPPED_LINE_MIN = 60;

/**
 * Splits tokens into sentences. Newlines end sentences (headlines have no final period) except
 * inside hard-wrapped prose; periods end them except after abbreviations and initials; a closing
 * quote after "?" or "!" stays in the sentence when a speech verb follows (“Why?” she asked).
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraphStart = true;
  const close = (last: number, nextParagraph: boolean) => {
    if (last > first) {
      sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraphStart });
      paragraphStart = nextParagraph;
    } else if (nextParagraph) {
      paragraphStart = true;
    }
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next) {
      const gap = text.slice(tokens[i].end, next.start);
      const newlines = countNewlines(gap);
      if (newlines >= 2 || (newlines === 1 && !isWrappedLine(text, tokens[i], next))) {
        close(i + 1, true);
        continue;
      }
    }
    if (!isTerminal(tokens[i], next)) continue;
    let last = i + 1;
    while (
      last < tokens.length &&
      CLOSERS.has(tokens[last].text) &&
      !hasNewline(text, tokens[last - 1], tokens[last])
    ) {
      last++;
    }
    const after = tokens[last];
    if (!after) break;
    if (!startsSentence(after)) continue;
    if (tokens[i].text !== '.' && last > i + 1 && speechFollows(tokens, last)) continue;
    close(last, false);
    i = last - 1;
  }
  close(tokens.length, true);
  return sentences;
}

function isTerminal(token: Token, next: Token | undefined): boolean {
  const t = token.text;
  if (t === '.' || t === '!' || t === '?') return true;
  if (t === '…' || /^\.{3,}$/.test(t)) return next !== undefined && /^\p{Lu}/u.test(next.text);
  // "U.S." or "Inc." may end a sentence; a title ("Gen.") or an initial ("J.") may not.
  if (token.kind === 'word' && t.endsWith('.') && t.length > 1) {
    if (isTitleAbbreviation(token) || /^\p{Lu}\.$/u.test(t)) return false;
    return next !== undefined && STARTERS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text);
  }
  return false;
}

function startsSentence(token: Token): boolean {
  if (/^[\p{Lu}\p{N}]/u.test(token.text)) return true;
  if (token.kind === 'quote' || token.text === '(' || token.text === '[') return true;
  return token.kind === 'symbol';
}

/** “What are you doing?” Austin remarked: the name or pronoun then a speech verb continues the sentence. */
function speechFollows(tokens: Token[], at: number): boolean {
  for (let j = at; j < Math.min(tokens.length, at + 4); j++) {
    if (FOLLOW_VERBS.has(tokens[j].text.toLowerCase())) return true;
    if (tokens[j].kind === 'punct') return false;
  }
  return false;
}

function isWrappedLine(text: string, last: Token, next: Token): boolean {
  const lineStart = text.lastIndexOf('\n', last.start) + 1;
  if (last.end - lineStart < WRAPPED_LINE_MIN) return false;
  if (/[.!?:"”’]$/.test(last.text)) return false;
  return /^\p{Ll}/u.test(next.text);
}

function countNewlines(gap: string): number {
  let n = 0;
  for (let k = 0; k < gap.length; k++) if (gap.charCodeAt(k) === 10) n++;
  return n;
}

function hasNewline(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
}
