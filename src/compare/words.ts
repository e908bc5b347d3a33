import { tokenize } from '../nlp/index.js';
import { COMPARE_WORDS } from './data/word-lists.js';

/** The word lists the comparisons read; tests may hand in a smaller copy of the same shape. */
export type CompareWords = typeof COMPARE_WORDS;

/** Lower-cased word tokens with curly apostrophes straightened; punctuation and quote marks dropped. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.text === '%' || t.text === '$')
    .map((t) => t.text.toLowerCase().replace(/’/g, "'"));
}

/** A crude singular, enough to make "troops" and "troop" one word. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function canonicalWord(word: string, lists: CompareWords): string {
  for (const [canon, variants] of Object.entries(lists.synonyms)) {
    if (word === canon || variants.includes(word)) return canon;
  }
  const one = singular(word);
  for (const [canon, variants] of Object.entries(lists.synonyms)) {
    if (one === singular(canon) || variants.includes(one)) return canon;
  }
  return one;
}

/** Content words of a phrase in canonical form, phrases such as "dead and wounded" folded first. */
export function contentWords(text: string, lists: CompareWords = COMPARE_WORDS): string[] {
  let lower = ` ${text.toLowerCase().replace(/’/g, "'")} `;
  for (const [phrase, word] of lists.phrases) lower = lower.split(` ${phrase} `).join(` ${word} `);
  const stop = new Set<string>(lists.stopwords);
  return wordsOf(lower)
    .filter((w) => !stop.has(w) && !/^[\d.,]+$/.test(w) && w !== "'s")
    .map((w) => canonicalWord(w, lists));
}
