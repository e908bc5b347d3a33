import type { QualifierCue } from '../lexicon.js';

/** Qualifiers written before a number, longest first so "no more than" wins over "more than". */
export const PRE_QUALIFIERS: QualifierCue[] = [
  ...cue('atMost', [
    'no more than',
    'not more than',
    'as many as',
    'as much as',
    'up to',
    'fewer than',
    'less than',
    'nearly',
    'almost',
    'under',
    'below',
    'close to',
    'just under',
    'at most',
    'a maximum of',
  ]),
  ...cue('atLeast', [
    'more than',
    'over',
    'at least',
    'upward of',
    'upwards of',
    'in excess of',
    'above',
    'exceeding',
    'just over',
    'well over',
    'a minimum of',
    'no fewer than',
    'no less than',
  ]),
  ...cue('approx', [
    'approximately',
    'about',
    'around',
    'roughly',
    'some',
    'an estimated',
    'estimated',
    'circa',
    'an approximate',
    'somewhere around',
    'in the region of',
    'on the order of',
  ]),
].sort((a, b) => b.words.length - a.words.length);

/** Qualifiers written after a number ("2,500 or more", "1,000 or so", "2,000-plus"). */
export const POST_QUALIFIERS: QualifierCue[] = cue('atLeast', [
  'or more',
  'plus',
  'and more',
  'and up',
]).concat(cue('atMost', ['or fewer', 'or less', 'at most']), cue('approx', ['or so']));

/** Words that make a figure an increment on an earlier one ("another 1,500", "300 more"). */
export const INCREMENT = {
  before: [
    'another',
    'additional',
    'an additional',
    'a further',
    'further',
    'an extra',
    'extra',
    'a fresh',
    'fresh',
    'new',
  ],
  after: ['more', 'additional', 'extra'],
} as const;

/** Words joining the two ends of a range ("between 2,000 and 3,000", "2,000 to 3,000", "2,000-3,000"). */
export const RANGE = {
  joiners: ['-', '–', 'to', 'and'],
  /** Joiners that make a range only after "between" ("between 2 and 3"; "2 and 3" are two figures). */
  needsBetween: ['and'],
  /** A change verb before "from X to Y" makes two figures, not a range ("rose from 5% to 7%"). */
  changeVerbs: [
    'rose',
    'rise',
    'rises',
    'risen',
    'rising',
    'fell',
    'fall',
    'falls',
    'fallen',
    'falling',
    'increased',
    'increase',
    'decreased',
    'decrease',
    'climbed',
    'jumped',
    'dropped',
    'declined',
    'grew',
    'shrank',
    'cut',
    'raised',
    'lowered',
    'reduced',
    'doubled',
    'slipped',
    'surged',
    'soared',
    'plunged',
    'revised',
    'up',
    'down',
  ],
  /** Change verbs that take an object ("raised £3.2m"): the thing before them is no subject of the number. */
  transitive: ['cut', 'raised', 'lowered', 'reduced', 'revised', 'doubled'],
} as const;

function cue(qualifier: QualifierCue['qualifier'], phrases: string[]): QualifierCue[] {
  return phrases.map((p) => ({ words: p.split(' '), qualifier }));
}
