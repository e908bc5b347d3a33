import type { Doc } from '../model/index.js';
import { splitSentences } from './sentences.js';
import { parseSourceList } from './sources.js';
import { tokenize } from './tokens.js';

/**
 * Reads an article's text once into the tokens, sentences (with the sentence of each token) and body
 * bounds every analyser shares.
 */
export function readDoc(text: string, published: string | null): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, n) => {
    sentenceOf.fill(n, s.first, s.last);
  });
  return { text, tokens, sentences, sentenceOf, bodyEnd: parseSourceList(text).start, published };
}
