import { type Word, wordsWithSpans } from '../compare/index.js';
import type { Analysis, Sentence, Span } from '../model/index.js';
import { readDoc } from '../nlp/index.js';

/** An analysed text (the draft or a source) read once for checking: its words, sentences and body end. */
export interface CheckedText {
  analysis: Analysis;
  words: Word[];
  sentences: Sentence[];
  /** Where a trailing source list begins (the text's length when there is none). */
  bodyEnd: number;
}

/** Reads an analysed text's words and sentences once, so every draft item is checked against them. */
export function readText(analysis: Analysis): CheckedText {
  const doc = readDoc(analysis.article.text, analysis.article.published);
  return {
    analysis,
    words: wordsWithSpans(analysis.article.text),
    sentences: doc.sentences,
    bodyEnd: doc.bodyEnd,
  };
}

/** Reads each source once (`readText`). */
export function readSources(sources: Analysis[]): CheckedText[] {
  return sources.map(readText);
}

/** The text of the sentences around a span: the one holding it, the one before and the one after. */
export function surrounding(source: CheckedText, span: Span): string {
  const i = source.sentences.findIndex((s) => s.end >= span.start);
  if (i < 0) return '';
  const first = source.sentences[Math.max(0, i - 1)];
  const last = source.sentences[Math.min(source.sentences.length - 1, i + 1)];
  return source.analysis.article.text.slice(first.start, Math.max(last.end, span.end));
}
