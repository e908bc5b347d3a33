import type { Doc } from '../model/index.js';
import { splitSentences } from './sentences.js';
import { parseSourceList } from './sources.js';
import { tokenize } from './tokens.js';

/** Reads an article's text once into the tokens, sentences and body bounds every analyser shares. */
export function readDoc(text: string, published: string | null): Doc {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    sentences: splitSentences(text, tokens),
    bodyEnd: parseSourceList(text).start,
    published,
  };
}
