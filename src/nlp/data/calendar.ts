/**
 * Month names, each with the abbreviations news writes for it ("Sept."), lower case. The one list of
 * months: dates, figures ("May 5" is a date), speakers ("Monday" is no name) and roles read it.
 */
export const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Day names, each with its abbreviations, lower case. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'mon'],
  ['tuesday', 'tue', 'tues'],
  ['wednesday', 'wed'],
  ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
];

/**
 * Month names that are also ordinary names or words when capitalised ("Theresa May"): a title read
 * leftwards from a name does not stop at them.
 */
export const NAME_LIKE_MONTHS: readonly string[] = ['may'];

/** Words that make a sentence worth handing to the date parser besides digits and calendar names. */
export const RELATIVE_DAY_WORDS: readonly string[] = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'ago',
  'last',
  'next',
  'noon',
  'midnight',
];

/**
 * Words that put a sentence's bare weekday ahead of the article ("talks will resume on Friday"); without
 * one, news tells of the past, so a bare weekday is the one before the publish date.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  "'ll",
  '’ll',
  'shall',
  'going to',
  'is to',
  'are to',
  'set to',
  'due to',
  'scheduled',
  'expected to',
  'plans to',
  'planned',
  'plan to',
  'upcoming',
  'next',
  'this coming',
];
