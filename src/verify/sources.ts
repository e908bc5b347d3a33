import { type Word, wordsWithSpans } from '../ledger/wording.js';
import type { Analysis, Sentence, Span } from '../model/index.js';
import { readDoc } from '../nlp/doc.js';

/** A source article read once for checking: its analysis, its words with offsets and its sentences. */
export interface SourceText {
  analysis: Analysis;
  words: Word[];
  sentences: Sentence[];
}

/** Reads each source's words and sentences once, so every draft item is checked against them. */
export function readSources(sources: Analysis[]): SourceText[] {
  return sources.map((analysis) => ({
    analysis,
    words: wordsWithSpans(analysis.article.text),
    sentences: readDoc(analysis.article.text, analysis.article.published).sentences,
  }));
}

/** The text of the sentences around a span: the one holding it, the one before and the one after. */
export function surrounding(source: SourceText, span: Span): string {
  const i = source.sentences.findIndex((s) => s.end >= span.start);
  if (i < 0) return '';
  const first = source.sentences[Math.max(0, i - 1)];
  const last = source.sentences[Math.min(source.sentences.length - 1, i + 1)];
  return source.analysis.article.text.slice(first.start, Math.max(last.end, span.end));
}
