import type { ChainWeights } from '../../src/nlp/ner/chain.js';
import { emissionScores, LABEL_COUNT, START_ROW, viterbi } from '../../src/nlp/ner/decode.js';
import type { SentenceFeatures } from '../../src/nlp/ner/features.js';

/** One training sentence: hashed features and gold label indices. */
export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Uint8Array;
}

/** Options of the averaged structured perceptron; defaults in `DEFAULT_PERCEPTRON`. */
export interface PerceptronOptions {
  buckets: number;
  /** Seed of the deterministic shuffle of sentences between epochs. */
  seed: number;
  /**
   * Share of a sentence's features hidden at each training visit (feature dropout): the model
   * cannot lean on one feature, the word itself most of all, and learns the context, shape and
   * cluster features that carry over to names it has never seen.
   */
  dropout: number;
}

/** Training defaults: 2^18 buckets, fixed seed. */
export const DEFAULT_PERCEPTRON: PerceptronOptions = { buckets: 1 << 18, seed: 17, dropout: 0 };

/**
 * An averaged structured perceptron (Collins 2002) with Viterbi decoding. `epoch()` runs one pass
 * over the data and `averaged()` returns the averaged weights so far, so a caller can pick the
 * epoch count on held-out data.
 */
export class Perceptron {
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly tw: Float64Array;
  private readonly tu: Float64Array;
  private c = 1;
  private rng: number;
  private dropRng: number;
  private readonly dropout: number;

  constructor(
    private readonly data: readonly TrainingSentence[],
    options: PerceptronOptions = DEFAULT_PERCEPTRON,
  ) {
    this.w = new Float32Array(options.buckets * LABEL_COUNT);
    this.u = new Float64Array(options.buckets * LABEL_COUNT);
    this.tw = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
    this.tu = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
    this.rng = options.seed >>> 0 || 1;
    this.dropRng = (options.seed * 7919) >>> 0 || 1;
    this.dropout = options.dropout;
  }

  /** One shuffled pass; returns the number of sentences with a mistake. */
  epoch(): number {
    const order = this.shuffled();
    const trans = new Float32Array(this.tw.length);
    let mistakes = 0;
    for (const index of order) {
      const { gold } = this.data[index];
      const features =
        this.dropout > 0 ? this.dropFeatures(this.data[index].features) : this.data[index].features;
      const n = gold.length;
      for (let k = 0; k < trans.length; k++) trans[k] = this.tw[k];
      const pred = viterbi(emissionScores(features, this.w), trans, n);
      let wrong = false;
      for (let t = 0; t < n; t++) {
        const prevGold = t > 0 ? gold[t - 1] : START_ROW;
        const prevPred = t > 0 ? pred[t - 1] : START_ROW;
        if (gold[t] === pred[t] && prevGold === prevPred) continue;
        wrong = true;
        this.bumpTransition(prevGold * LABEL_COUNT + gold[t], 1);
        this.bumpTransition(prevPred * LABEL_COUNT + pred[t], -1);
        if (gold[t] === pred[t]) continue;
        for (let k = features.offsets[t]; k < features.offsets[t + 1]; k++) {
          const base = features.feats[k] * LABEL_COUNT;
          this.bump(base + gold[t], 1);
          this.bump(base + pred[t], -1);
        }
      }
      if (wrong) mistakes++;
      this.c++;
    }
    return mistakes;
  }

  /**
   * The averaged weights (w − u / c), the ones to decode with; under dropout the emissions are
   * scaled by the share of features kept, since decoding sees all of them.
   */
  averaged(): ChainWeights {
    const emissions = new Float32Array(this.w.length);
    const keep = 1 - this.dropout;
    for (let k = 0; k < emissions.length; k++) emissions[k] = (this.w[k] - this.u[k] / this.c) * keep;
    const transitions = new Float32Array(this.tw.length);
    for (let k = 0; k < transitions.length; k++) transitions[k] = this.tw[k] - this.tu[k] / this.c;
    return { emissions, transitions };
  }

  private bump(k: number, by: number): void {
    this.w[k] += by;
    this.u[k] += this.c * by;
  }

  private bumpTransition(k: number, by: number): void {
    this.tw[k] += by;
    this.tu[k] += this.c * by;
  }

  /** A copy of a sentence's features with each one dropped at the dropout rate (seeded, so repeatable). */
  private dropFeatures(features: SentenceFeatures): SentenceFeatures {
    const n = features.offsets.length - 1;
    const feats = new Uint32Array(features.feats.length);
    const offsets = new Uint32Array(n + 1);
    const threshold = this.dropout * 0x100000000;
    let at = 0;
    for (let t = 0; t < n; t++) {
      offsets[t] = at;
      for (let k = features.offsets[t]; k < features.offsets[t + 1]; k++) {
        this.dropRng = (Math.imul(this.dropRng, 1664525) + 1013904223) >>> 0;
        if (this.dropRng >= threshold) feats[at++] = features.feats[k];
      }
    }
    offsets[n] = at;
    return { feats: feats.subarray(0, at), offsets };
  }

  private shuffled(): number[] {
    const order = this.data.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      this.rng = (Math.imul(this.rng, 1664525) + 1013904223) >>> 0;
      const j = this.rng % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  }
}
