import { emissionScores, LABEL_COUNT, viterbi } from './decode.js';
import type { SentenceFeatures } from './features.js';

/** Weights of one linear-chain tagger: emissions by bucket and label, transitions by label pair. */
export interface ChainWeights {
  emissions: Float32Array;
  transitions: Float32Array;
}

/** Tags one sentence, given one or more feature sets of it, with trained weights; returns label indices. */
export function decodeSentence(
  features: SentenceFeatures | readonly SentenceFeatures[],
  weights: ChainWeights,
): Uint8Array {
  const sets = Array.isArray(features) ? features : [features as SentenceFeatures];
  const n = sets[0].offsets.length - 1;
  const scores = new Float32Array(n * LABEL_COUNT);
  for (const f of sets) emissionScores(f, weights.emissions, scores);
  return viterbi(scores, weights.transitions, n);
}
