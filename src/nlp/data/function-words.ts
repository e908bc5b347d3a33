/**
 * Closed-class English words that many word lists share, each written once here: the lists of the
 * tokenizer, the analysers, the comparisons and the figure scorer spread these, so a word added to a
 * class reaches every list that reads the class.
 */

export const ARTICLES = ['the', 'a', 'an'] as const;

export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;

/** Possessive determiners ("their report"). */
export const POSSESSIVES = ['his', 'her', 'its', 'their', 'our', 'my', 'your'] as const;

/** Personal pronouns in subject position. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you'] as const;

/** Personal pronouns in object position, but "her", which is also a possessive (a list that wants it adds it). */
export const OBJECT_PRONOUNS = ['him', 'them', 'us', 'me'] as const;
