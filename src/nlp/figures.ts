import type { Doc, Entity, Figure } from '../model/index.js';


/** Finds the article's figures (placeholder until its issue lands). */
export function findFigures(doc: Doc, entities: Entity[]): Figure[] {
  void doc;
  return [];
}
