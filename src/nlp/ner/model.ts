import type { ChainWeights } from './chain.js';
import type { WordClusters } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';

/** The trained tagger: word lists and the weights of each pass (the second reads the first's tags). */
export interface NerWeights {
  gazetteer: Gazetteer;
  /** Word clusters learnt from unlabelled news (empty in models trained without them). */
  clusters: WordClusters;
  buckets: number;
  passes: ChainWeights[];
  /**
   * When set, the emissions are compact: bucket b's weights are row `rows[b]` (−1: no pass has a
   * weight for it, so the feature is dropped). Decoded models use it, which keeps the tables small
   * enough to stay in cache; training works on the dense tables.
   */
  rows?: Int32Array;
}

/** Trained NER weights as shipped in `models/`, decoded on first use and then kept. */
export interface NerModel {
  version: number;
  weights: () => NerWeights;
}
