/** Most phrases one query may hold; the rest of a pasted essay is ignored. */
const MAX_PHRASES = 32;
/** Most words one phrase may hold. */
const MAX_WORDS = 16;

const QUOTED_OR_CHUNK = /["“”„«»]([^"“”„«»]*)["“”„«»]?|[^\s"“”„«»]+/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Reads user search text as phrases of plain words: a "quoted run" is one phrase, any other
 * whitespace-separated chunk is one phrase of its words ("North-Korea's" → north korea s). Operators,
 * wildcards and punctuation are dropped, so nothing the user types is ever query syntax.
 */
export function searchPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  for (const match of query.matchAll(QUOTED_OR_CHUNK)) {
    const words = (match[1] ?? match[0]).match(WORD)?.slice(0, MAX_WORDS) ?? [];
    if (words.length > 0) phrases.push(words);
    if (phrases.length === MAX_PHRASES) break;
  }
  return phrases;
}

/**
 * Writes phrases as a query both engines read literally: every phrase double-quoted, joined by spaces
 * (FTS5: implicit AND of phrase strings; PostgreSQL websearch_to_tsquery: AND of phraseto_tsquery).
 * Words hold only letters, digits and marks, so no quote can appear inside a phrase.
 */
export function quotedPhrases(phrases: readonly string[][]): string {
  return phrases.map((words) => `"${words.join(' ')}"`).join(' ');
}
