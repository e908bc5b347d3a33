import type { Doc, Entity } from '../model/index.js';
import type { NerModel } from './ner/model.js';

/** Finds the article's entities (placeholder until its issue lands). */
export function findEntities(doc: Doc, ner: NerModel): Entity[] {
  void doc;
  return [];
}
