import {
  contentWords,
  indexWords,
  sameName,
  type Word,
  type WordIndex,
  wordsWithSpans,
} from '../compare/index.js';
import type { Analysis, Sentence, Span } from '../model/index.js';
import { readDoc } from '../nlp/index.js';

/** An analysed text (the draft or a source) read once for checking. */
export interface CheckedText {
  analysis: Analysis;
  words: Word[];
  /** Where each word occurs, so a passage is aligned only around its rarest words. */
  wordIndex: WordIndex;
  sentences: Sentence[];
  /** The content words of each sentence, for finding the sentence a draft sentence copies. */
  sentenceWords: Set<string>[];
  /** Where a trailing source list begins (the text's length when there is none). */
  bodyEnd: number;
}

/** Reads an analysed text's words and sentences once, so every draft item is checked against them. */
export function readText(analysis: Analysis): CheckedText {
  const { text, published } = analysis.article;
  const doc = readDoc(text, published);
  const words = wordsWithSpans(text);
  return {
    analysis,
    words,
    wordIndex: indexWords(words),
    sentences: doc.sentences,
    sentenceWords: doc.sentences.map((s) => new Set(contentWords(text.slice(s.start, s.end)))),
    bodyEnd: doc.bodyEnd,
  };
}

/** Reads each source once (`readText`). */
export function readSources(sources: Analysis[]): CheckedText[] {
  return sources.map(readText);
}

/** The index of the sentence holding an offset (the last one starting at or before it), or -1. */
export function sentenceAt(text: CheckedText, offset: number): number {
  let lo = 0;
  let hi = text.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (text.sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The words of a text inside a span, found by binary search. */
export function wordsIn(text: CheckedText, span: Span): Word[] {
  let lo = 0;
  let hi = text.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.words[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < text.words.length && text.words[end].end <= span.end) end++;
  return text.words.slice(lo, end);
}

/** The text of the sentences around a span: the one holding it, the one before and the one after. */
export function surrounding(source: CheckedText, span: Span): string {
  const i = sentenceAt(source, span.start);
  if (i < 0) return '';
  const first = source.sentences[Math.max(0, i - 1)];
  const last = source.sentences[Math.min(source.sentences.length - 1, i + 1)];
  return source.analysis.article.text.slice(first.start, Math.max(last.end, span.end));
}

/**
 * The sources a claimant names by their outlet ("The Valley Gazette reports …", "The Northbridge
 * Herald and The Weekly Briefing also report …"): empty when the claimant is not an outlet.
 */
export function outletsNamed(claimant: string | null, sources: CheckedText[]): CheckedText[] {
  if (!claimant) return [];
  const names = claimant.split(/\s*,\s*|\s+and\s+/).filter((n) => n !== '');
  return sources.filter((s) => {
    const outlet = s.analysis.article.outlet;
    return (
      outlet !== null && names.some((n) => n.toLowerCase() === outlet.toLowerCase() || sameName(n, outlet))
    );
  });
}
