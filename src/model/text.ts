import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'url' | 'symbol';

/** A token of the article text; `text === article.text.slice(start, end)`. */
export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

/** A sentence: its span and the range of its tokens in the token array. */
export interface Sentence extends Span {
  /** Index of the first token, inclusive. */
  first: number;
  /** Index past the last token. */
  last: number;
  /** True when the sentence is a paragraph's first (headlines, datelines and new paragraphs). */
  paragraphStart: boolean;
}

/** The shared reading of one article that every analyser takes. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** The index in `sentences` of each token's sentence (sentences cover every token, in order). */
  sentenceOf: Int32Array;
  /** Offset where the trailing source list begins (text.length when there is none). */
  bodyEnd: number;
  /** ISO publish date used as the reference for relative dates, or null. */
  published: string | null;
}
