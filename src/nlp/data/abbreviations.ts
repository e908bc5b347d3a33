/**
 * Abbreviations whose period belongs to the word. `titles` never end a sentence ("Lt. Gen. Smith");
 * `others` may end one when a sentence starter follows ("troops to the U.S. The move ...").
 */
export const ABBREVIATIONS = {
  titles: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt',
    'sgt', 'cmdr', 'adm', 'pres', 'gov', 'st', 'mt', 'ft', 'supt', 'insp', 'pvt', 'cpl', 'brig', 'amb', 'atty',
    'sec', 'secy', 'messrs', 'mme', 'mlle', 'fr', 'sr', 'no', 'nos', 'vs', 'v', 'cf', 'approx', 'ca', 'etc',
  ],
  others: [
    'jr', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
    'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'al',
    'ave', 'blvd', 'rd', 'pp', 'vol', 'fig', 'ed', 'eds', 'mins', 'hrs', 'km', 'kg', 'oz', 'lb', 'lbs',
  ],
} as const;

/** Words that, capitalised after an abbreviation such as "U.S.", show that a new sentence began. */
export const SENTENCE_STARTERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and',
  'in', 'on', 'at', 'for', 'if', 'when', 'while', 'as', 'after', 'before', 'there', 'his', 'her', 'their', 'its',
  'our', 'my', 'so', 'yet', 'however', 'meanwhile', 'still', 'also', 'officials', 'some', 'many', 'no', 'not',
];

/** Verbs that follow a quotation inside one sentence (“Why?” Austin asked.). */
export const QUOTE_FOLLOW_VERBS = [
  'said', 'says', 'say', 'asked', 'asks', 'added', 'adds', 'remarked', 'told', 'tells', 'wrote', 'writes',
  'shouted', 'replied', 'replies', 'answered', 'insisted', 'explained', 'continued', 'stated', 'declared',
  'wondered', 'quipped', 'joked', 'noted', 'argued', 'warned', 'recalled', 'tweeted', 'posted', 'demanded',
];
