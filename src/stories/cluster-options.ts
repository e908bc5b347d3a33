import type { Facet } from './similarity.js';

/** Options of the online clusterer; defaults in `CLUSTER_DEFAULTS`. */
export interface ClusterOptions {
  /** Minimum similarity for an article to join a story (default 0.2, tuned on ECB+ train and dev); below it the article starts one. */
  threshold: number;
  /** Least similarity of the article to another story for that story to be checked for a merge (default 0.2). */
  mergeFloor: number;
  /** Multiplier of the similarity when the texts date their events too far apart (default 0.6). */
  dateConflict: number;
  /** Multiplier of the similarity when the article and the story are about two different people (default 0.5). */
  protagonistConflict: number;
  /** Similarity two stories' profiles need before they merge (default 0.5). */
  mergeThreshold: number;
  /**
   * Weights of the facets whose cosines make the similarity (default words 1, names 1.5, persons 0.5,
   * numbers 1.5; tuned on ECB+ train and dev): content words (`w:` keys), names (`n:` `e:` `p:`), persons
   * (`a:`), numbers and dates (`#:` `d:`). Names and numbers are what tell two look-alike events apart
   * (two earthquakes, two arrests), so they count on their own rather than drowned among words.
   */
  facetWeights: Record<Facet, number>;
  /** Days over which a time gap halves the similarity (default 10). */
  halfLifeDays: number;
  /** A story idle longer than this many days is closed: no article joins it (default 45). */
  maxGapDays: number;
  /** A publish date more than this many days past `now()` is not trusted for time (default 2). */
  futureToleranceDays: number;
  /**
   * The current time (ISO), handed in by the adapter so the core reads no clock; null (the default)
   * trusts every date. Ingest passes the ingest time, so a future-dated article cannot hold a story open.
   */
  now: (() => string) | null;
  /** Keys of an article looked up in the index, rarest first (default 40). */
  queryKeys: number;
  /** Most recent stories read from each posting list (default 64): keeps each add bounded. */
  postingDepth: number;
  /** Stories scored in full per article, those sharing the most key weight (default 24). */
  maxCandidates: number;
  /** Keys kept in a story's profile (default 240): bounds memory and the cost of scoring it. */
  profileSize: number;
}

/** Defaults of `ClusterOptions`. */
export const CLUSTER_DEFAULTS: ClusterOptions = {
  threshold: 0.2,
  mergeThreshold: 0.5,
  dateConflict: 0.6,
  protagonistConflict: 0.5,
  mergeFloor: 0.2,
  facetWeights: { words: 1, names: 1.5, persons: 0.5, numbers: 1.5 },
  halfLifeDays: 10,
  maxGapDays: 45,
  futureToleranceDays: 2,
  now: null,
  queryKeys: 40,
  postingDepth: 64,
  maxCandidates: 24,
  profileSize: 240,
};
