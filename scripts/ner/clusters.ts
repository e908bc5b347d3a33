/**
 * Word clusters learnt from unlabelled news: each frequent word is described by the words around
 * it (the 500 commonest words, or the kind of word, one and two places before and after), and
 * spherical k-means groups words that keep the same company. A second k-means over the fine
 * clusters' centres gives coarse clusters. Deterministic: fixed initial centres, fixed order.
 */
import { clusterKey, type WordClusters } from '../../src/nlp/ner/clusters.js';

/** Options of `learnClusters`; defaults in `DEFAULT_CLUSTERS`. */
export interface ClusterOptions {
  /** Fewest occurrences of a word to be clustered. */
  minCount: number;
  /** Commonest words used as context, each its own dimension. */
  contextWords: number;
  /** Number of fine and coarse clusters (fine ≤ 256, coarse ≤ 256). */
  fine: number;
  coarse: number;
  iterations: number;
}

/** Defaults: words seen 3 times or more, 500 context words, 256 fine and 32 coarse clusters, 12 rounds. */
export const DEFAULT_CLUSTERS: ClusterOptions = {
  minCount: 3,
  contextWords: 500,
  fine: 256,
  coarse: 32,
  iterations: 12,
};

const OFFSETS = [-2, -1, 1, 2];

/** Clusters the words of `sentences` (token texts); a word's value is coarse × 256 + fine. */
export function learnClusters(
  sentences: readonly (readonly string[])[],
  overrides: Partial<ClusterOptions> = {},
): WordClusters {
  const options = { ...DEFAULT_CLUSTERS, ...overrides };
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s) {
      const key = clusterKey(w);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const lower = key.toLowerCase();
      lowerCounts.set(lower, (lowerCounts.get(lower) ?? 0) + 1);
    }
  }
  const byFrequency = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const vocab = byFrequency(counts).filter((w) => counts.get(w)! >= options.minCount);
  const contextIndex = new Map(
    byFrequency(lowerCounts)
      .slice(0, options.contextWords)
      .map((w, i) => [w, i]),
  );
  const vectors = contextVectors(sentences, vocab, contextIndex, options.contextWords + 3);
  const dims = OFFSETS.length * (options.contextWords + 3);
  const fine = sphericalKMeans(vectors, dims, Math.min(options.fine, vocab.length), options.iterations);
  const centres = fine.centres.map((c) => denseToSparse(c));
  const coarse = sphericalKMeans(centres, dims, Math.min(options.coarse, centres.length), options.iterations);
  const clusters: WordClusters = new Map();
  vocab.forEach((w, i) => {
    const f = fine.assignment[i];
    clusters.set(w, coarse.assignment[f] * 256 + f);
  });
  return clusters;
}

/** A sparse unit vector: dimension indices and values. */
interface Sparse {
  index: Uint32Array;
  value: Float32Array;
}

/** The context vector of every vocabulary word: square roots of its context shares (unit length). */
function contextVectors(
  sentences: readonly (readonly string[])[],
  vocab: readonly string[],
  contextIndex: Map<string, number>,
  perOffset: number,
): Sparse[] {
  const wordIndex = new Map(vocab.map((w, i) => [w, i]));
  const contexts: Map<number, number>[] = vocab.map(() => new Map());
  const contextOf = (w: string): number => {
    const known = contextIndex.get(clusterKey(w).toLowerCase());
    if (known !== undefined) return known;
    const first = w.charAt(0);
    if (first !== first.toLowerCase()) return perOffset - 3;
    return /\d/.test(w) ? perOffset - 2 : perOffset - 1;
  };
  for (const s of sentences) {
    const ctx = s.map(contextOf);
    s.forEach((w, t) => {
      const i = wordIndex.get(clusterKey(w));
      if (i === undefined) return;
      const m = contexts[i];
      OFFSETS.forEach((o, k) => {
        const at = t + o;
        const c = at < 0 || at >= s.length ? perOffset - 1 : ctx[at];
        const d = k * perOffset + c;
        m.set(d, (m.get(d) ?? 0) + 1);
      });
    });
  }
  return contexts.map((m) => {
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const total = entries.reduce((sum, [, v]) => sum + v, 0);
    return {
      index: Uint32Array.from(entries, ([d]) => d),
      value: Float32Array.from(entries, ([, v]) => Math.sqrt(v / total)),
    };
  });
}

function denseToSparse(dense: Float32Array): Sparse {
  const index: number[] = [];
  for (let d = 0; d < dense.length; d++) if (dense[d] !== 0) index.push(d);
  return { index: Uint32Array.from(index), value: Float32Array.from(index, (d) => dense[d]) };
}

/**
 * Spherical k-means over unit vectors: assign each to the centre of highest cosine, recompute
 * centres as normalised means. Initial centres are vectors spread evenly over the input order
 * (the vocabulary by frequency), so the result is the same every run.
 */
function sphericalKMeans(
  vectors: readonly Sparse[],
  dims: number,
  k: number,
  iterations: number,
): { assignment: Int32Array; centres: Float32Array[] } {
  const assignment = new Int32Array(vectors.length).fill(-1);
  let centres = Array.from({ length: k }, (_, c) =>
    toDense(vectors[Math.floor((c * vectors.length) / k)], dims),
  );
  const scores = new Float64Array(k);
  for (let round = 0; round < iterations; round++) {
    // Centres laid out dimension-major, so a sparse vector's scores are a few row additions.
    const byDim = new Float32Array(dims * k);
    centres.forEach((centre, c) => {
      for (let d = 0; d < dims; d++) byDim[d * k + c] = centre[d];
    });
    let moved = 0;
    vectors.forEach((v, i) => {
      scores.fill(0);
      for (let j = 0; j < v.index.length; j++) {
        const base = v.index[j] * k;
        const x = v.value[j];
        for (let c = 0; c < k; c++) scores[c] += x * byDim[base + c];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    });
    centres = recentre(vectors, assignment, centres, dims);
    if (moved === 0) break;
  }
  return { assignment, centres };
}

function recentre(
  vectors: readonly Sparse[],
  assignment: Int32Array,
  previous: Float32Array[],
  dims: number,
): Float32Array[] {
  const sums = previous.map(() => new Float32Array(dims));
  vectors.forEach((v, i) => {
    const sum = sums[assignment[i]];
    for (let j = 0; j < v.index.length; j++) sum[v.index[j]] += v.value[j];
  });
  return sums.map((sum, c) => {
    let norm = 0;
    for (const x of sum) norm += x * x;
    if (norm === 0) return previous[c]; // an empty cluster keeps its centre
    const scale = 1 / Math.sqrt(norm);
    for (let d = 0; d < dims; d++) sum[d] *= scale;
    return sum;
  });
}

function toDense(v: Sparse, dims: number): Float32Array {
  const dense = new Float32Array(dims);
  for (let j = 0; j < v.index.length; j++) dense[v.index[j]] = v.value[j];
  return dense;
}
