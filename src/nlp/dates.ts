import type { Doc, DateMention } from '../model/index.js';


/** Finds the article's dates (placeholder until its issue lands). */
export function findDates(doc: Doc): DateMention[] {
  void doc;
  return [];
}
