import type { Gazetteer } from './gazetteer.js';
import type { ChainWeights } from './perceptron.js';

/** The trained tagger: word lists and the weights of each pass (the second reads the first's tags). */
export interface NerWeights {
  gazetteer: Gazetteer;
  clusters: Map<string, string>;
  buckets: number;
  passes: ChainWeights[];
}

/** Trained NER weights as shipped in `models/`, decoded on first use and then kept. */
export interface NerModel {
  version: number;
  weights: () => NerWeights;
}
