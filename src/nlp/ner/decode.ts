import type { SentenceFeatures } from './features.js';
import { NER_LABELS } from './labels.js';

/** Label count of the tagger (IOB2 over four types); `emissionScores` is unrolled for exactly nine. */
export const LABEL_COUNT = 9;
if (NER_LABELS.length !== LABEL_COUNT)
  throw new Error('the NER label set changed: update LABEL_COUNT and emissionScores');

/** Where a label may follow another: I-X only after B-X or I-X (IOB2), anything else anywhere. */
const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    for (let y = 0; y < LABEL_COUNT; y++) {
      const label = NER_LABELS[y];
      const before = prev < LABEL_COUNT ? NER_LABELS[prev] : 'O';
      const ok = !label.startsWith('I-') || (before !== 'O' && before.slice(2) === label.slice(2));
      allowed[prev * LABEL_COUNT + y] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** Row `LABEL_COUNT` of the transition table holds the scores of a sentence's first label. */
export const START_ROW = LABEL_COUNT;

/** Adds the emission scores of every token of `sentence` into `scores[t * LABEL_COUNT + y]`. */
export function emissionScores(
  sentence: SentenceFeatures,
  weights: Float32Array,
  into?: Float32Array,
): Float32Array {
  const n = sentence.offsets.length - 1;
  const scores = into ?? new Float32Array(n * LABEL_COUNT);
  const { feats, offsets } = sentence;
  // Nine labels, unrolled into locals: this loop is most of the tagger's time.
  for (let t = 0; t < n; t++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    for (let k = offsets[t]; k < offsets[t + 1]; k++) {
      const b = feats[k] * 9;
      s0 += weights[b];
      s1 += weights[b + 1];
      s2 += weights[b + 2];
      s3 += weights[b + 3];
      s4 += weights[b + 4];
      s5 += weights[b + 5];
      s6 += weights[b + 6];
      s7 += weights[b + 7];
      s8 += weights[b + 8];
    }
    const row = t * 9;
    scores[row] += s0;
    scores[row + 1] += s1;
    scores[row + 2] += s2;
    scores[row + 3] += s3;
    scores[row + 4] += s4;
    scores[row + 5] += s5;
    scores[row + 6] += s6;
    scores[row + 7] += s7;
    scores[row + 8] += s8;
  }
  return scores;
}

/**
 * Best IOB2 label sequence under emission and transition scores (Viterbi, first order),
 * with invalid transitions (O → I-X) ruled out. Linear in the sentence length.
 */
export function viterbi(scores: Float32Array, transitions: Float32Array, n: number): Uint8Array {
  const L = LABEL_COUNT;
  const trans = new Float64Array(transitions.length);
  for (let k = 0; k < trans.length; k++) trans[k] = ALLOWED[k] ? transitions[k] : -Infinity;
  const back = new Uint8Array(n * L);
  let prev = new Float64Array(L);
  let cur = new Float64Array(L);
  for (let y = 0; y < L; y++) prev[y] = scores[y] + trans[START_ROW * L + y];
  for (let t = 1; t < n; t++) {
    const row = t * L;
    for (let y = 0; y < L; y++) {
      let top = prev[0] + trans[y];
      let arg = 0;
      for (let p = 1; p < L; p++) {
        const v = prev[p] + trans[p * L + y];
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      cur[y] = top + scores[row + y];
      back[row + y] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  const path = new Uint8Array(n);
  if (n === 0) return path;
  let arg = 0;
  for (let y = 1; y < L; y++) if (prev[y] > prev[arg]) arg = y;
  for (let t = n - 1; t >= 0; t--) {
    path[t] = arg;
    arg = back[t * L + arg];
  }
  return path;
}
