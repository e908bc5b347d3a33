/**
 * The small words of Title Case. A headline may capitalise them ("U.S. Says Troops Are in Russia")
 * where a run of names never holds them capitalised, so one of them, capitalised, marks a line as a
 * headline (NER word forms); a title of a work may keep them in lower case ("Face the Nation"), so a
 * quotation of capitalised words and these reads as a title, not a quote.
 */
export const TITLE_CASE_SMALL_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'and',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'says',
  'say',
  'said',
  'with',
  'from',
  'by',
  'as',
  'it',
  'its',
  'after',
  'over',
  'into',
  'will',
  'has',
  'have',
  'not',
];
