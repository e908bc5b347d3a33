import type { Doc, Entity, Claim } from '../model/index.js';


/** Finds the article's claims (placeholder until its issue lands). */
export function findClaims(doc: Doc, entities: Entity[]): Claim[] {
  void doc;
  return [];
}
