import type { Doc, Entity, Quote } from '../model/index.js';
import type { QuoteModel } from './quote-model.js';

/** Finds the article's quotes (placeholder until its issue lands). */
export function findQuotes(doc: Doc, entities: Entity[], model: QuoteModel): Quote[] {
  void doc;
  return [];
}
