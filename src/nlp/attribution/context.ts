import type { Doc, Entity } from '../../model/index.js';
import type { Lexicon } from '../lexicon.js';
import { type EntityIndex, indexEntities } from './entities.js';

/**
 * What attribution reads of one document: the document (tokens, sentences and the sentence of each
 * token), the lexicon and the entity index. Built once per document (`readAttribution`) and shared by
 * quotes, figures and claims, so no stage rebuilds an index.
 */
export interface AttributionContext {
  doc: Doc;
  lex: Lexicon;
  entities: EntityIndex;
}

/** Builds the attribution context of a document: indexes its entities once. */
export function readAttribution(doc: Doc, entities: Entity[], lex: Lexicon): AttributionContext {
  return { doc, lex, entities: indexEntities(doc, entities, lex) };
}

/** Index of the first token of token `i`'s sentence. */
export const sentenceStart = (doc: Doc, i: number): number => doc.sentences[doc.sentenceOf[i]]?.first ?? 0;

/** Index past the last token of token `i`'s sentence. */
export const sentenceEnd = (doc: Doc, i: number): number => doc.sentences[doc.sentenceOf[i]]?.last ?? 0;
