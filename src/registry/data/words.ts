/** Degrees written after a personal name ("Regina M. Benjamin, MD"): not part of who the person is. */
export const DEGREES: readonly string[] = ['md', 'phd', 'dds', 'esq', 'mba', 'jd', 'rn'];

/**
 * Group nouns that, after a country's name or demonym, speak for its state: "American officials",
 * "U.S. intelligence", "Russian authorities" claim what the United States or Russia claims.
 */
export const COLLECTIVE_HEADS: readonly string[] = [
  'officials',
  'official',
  'government',
  'authorities',
  'administration',
  'intelligence',
  'intelligence agencies',
  'intelligence officials',
  'military',
  'forces',
  'armed forces',
  'army',
  'estimates',
  'sources',
  'diplomats',
  'state media',
  'ministry',
  'foreign ministry',
  'defense ministry',
  'defence ministry',
  'leaders',
  'lawmakers',
];
