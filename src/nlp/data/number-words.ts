/** Spelled-out numbers and scales that figures are written with ("two dozen", "1.5 million", "$1.2bn"). */
export const NUMBER_WORDS = {
  /** Cardinal words and their values; "a"/"an" count only before a scale ("a million"). */
  units: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  } as Record<string, number>,
  /** Scale words as powers of ten, spelled out or abbreviated ("bn", "m", "k"). */
  scales: {
    dozen: 12,
    hundred: 100,
    thousand: 1e3,
    million: 1e6,
    billion: 1e9,
    trillion: 1e12,
    k: 1e3,
    m: 1e6,
    mn: 1e6,
    mln: 1e6,
    bn: 1e9,
    b: 1e9,
    tn: 1e12,
    trn: 1e12,
  } as Record<string, number>,
  /** Abbreviated scales count only written against the number ("1.2bn", "$40m"), never as free words. */
  attachedOnly: ['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'trn'],
  /** Articles that stand for one before a scale word ("a million", "an estimated"). */
  articles: ['a', 'an'],
  /** Fractions before a scale: "half a million". */
  fractions: { half: 0.5, quarter: 0.25 } as Record<string, number>,
  /** Plural scales mean "several of": "hundreds of" is read as at least two hundred. */
  pluralScales: {
    dozens: 12,
    hundreds: 100,
    thousands: 1e3,
    millions: 1e6,
    billions: 1e9,
    tens: 10,
  } as Record<string, number>,
} as const;

/** Ordinal suffixes written against a digit ("3rd", "21st"): such numbers are ordinals, not figures. */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
