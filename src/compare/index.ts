export { type CountKey, countKey, sameCount } from './counts.js';
export { COMPARE_WORDS } from './data/word-lists.js';
export { type Identity, linkedIdentity, type NameRef, nameIdentity } from './identity.js';
export { nameKey, sameName, sameNameWords, surnameOf } from './names.js';
export { byReportingOrder, inReportingOrder, type Reported } from './order.js';
export { dice, overlap, sharedCount } from './overlap.js';
export { type FigureValue, sameValue } from './values.js';
export {
  type Alignment,
  alignNear,
  alignWords,
  better,
  closeWords,
  describeDifferences,
  MAX_ALIGN_WORDS,
  type Word,
  type WordOp,
  wordsWithSpans,
} from './wording.js';
export { type CompareWords, contentWords, wordsOf } from './words.js';
