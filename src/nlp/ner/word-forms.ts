import { TITLE_CASE_SMALL_WORDS } from '../data/headline-words.js';

const SMALL = new Set(TITLE_CASE_SMALL_WORDS);

/** Maps the typographic variants our tokenizer keeps onto the ASCII forms of the training data. */
export function normaliseWord(word: string): string {
  if (/^[\x20-\x7e]*$/.test(word)) return word;
  return word
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/[—–]/g, '-')
    .replace(/…/g, '...');
}

/** "Kim Jong-un" → "Xx", "Xx-x"; "U.S." → "X.X."; "1996-08-22" → "d-d-d": character classes, runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 12) break;
  }
  return out;
}

/**
 * A headline in Title Case ("U.S. Says North Korean Troops Are in Russia"): the training text has
 * its headlines in capitals instead, so the tagger reads such a line upper-cased, as it learnt to.
 * It needs four words or more, every word of four letters or more capitalised, and at least one
 * capitalised small word ("Says", "Are", "The"), which names alone never have.
 */
export function isTitleCase(words: readonly string[]): boolean {
  let letters = 0;
  let small = false;
  for (const w of words) {
    const first = w.charAt(0);
    if (first.toLowerCase() === first.toUpperCase()) continue;
    letters++;
    const capitalised = first !== first.toLowerCase();
    if (w.length >= 4 && !capitalised && !SMALL.has(w)) return false;
    if (capitalised && SMALL.has(w.toLowerCase())) small = true;
  }
  return letters >= 4 && small;
}
