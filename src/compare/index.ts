export { type CountKey, countKey, sameCount, unitAsWritten } from './counts.js';
export { COMPARE_WORDS } from './data/word-lists.js';
export { type Identity, linkedIdentity, type NameRef, nameIdentity } from './identity.js';
export {
  allowedRange,
  bothHold,
  type Measure,
  measureOf,
  sameMeasure,
  sameTimeWords,
} from './measure.js';
export { isPronoun, nameKey, sameName, sameNameWords, surnameOf } from './names.js';
export { byReportingOrder, inReportingOrder, type Reported } from './order.js';
export { dice, overlap, sharedCount } from './overlap.js';
export { type FigureValue, matchValue, precisionOf, sameValue, type ValueMatch } from './values.js';
export {
  type Alignment,
  alignEach,
  alignNear,
  alignWords,
  better,
  clipAlignment,
  closeWords,
  describeDifferences,
  indexWords,
  MAX_ALIGN_WORDS,
  type Word,
  type WordIndex,
  type WordOp,
  wordsWithSpans,
} from './wording.js';
export { type CompareWords, contentWords, wordsOf } from './words.js';
