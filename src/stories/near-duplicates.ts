/**
 * Near-duplicate detection: MinHash signatures over word shingles, with an LSH band index so a lookup
 * reads only the articles that share a band, whatever the archive's size. Finds syndicated wire copies,
 * the same text under another outlet and light edits, and links each to its original (the first seen).
 */

import { fmix32 } from '../util/fmix32.js';

/** Options of near-duplicate detection; defaults in `DUPLICATE_DEFAULTS`. */
export interface DuplicateOptions {
  /** Words per shingle (default 2): short enough that a 20 % edit leaves most shingles intact. */
  shingleSize: number;
  /** LSH bands (default 48); the signature has `bands × rows` hashes. */
  bands: number;
  /** Hashes per band (default 2): a pair with Jaccard J shares a band with probability 1 − (1 − J^rows)^bands. */
  rows: number;
  /** Estimated Jaccard similarity at which a text is a copy (default 0.4; unrelated same-topic reports stay under 0.4). */
  threshold: number;
  /** Texts with fewer shingles than this are never called copies (default 8): too little to tell. */
  minShingles: number;
  /**
   * Articles kept in the index (default 50,000): copies are looked for among the latest ones, as wire
   * copies follow their original within days, and memory stays flat however large the archive grows.
   */
  capacity: number;
}

/** Defaults of `DuplicateOptions`, chosen on a synthetic set built from ECB+ dev (see test/stories). */
export const DUPLICATE_DEFAULTS: DuplicateOptions = {
  shingleSize: 2,
  bands: 48,
  rows: 2,
  threshold: 0.4,
  minShingles: 8,
  capacity: 50_000,
};

/** A MinHash signature; JSON-serialisable as a plain array so the store can keep it. */
export type Signature = number[];

/** The original a text copies, and how alike they are (estimated Jaccard of their shingles). */
export interface DuplicateMatch {
  originalId: string;
  /** The indexed article the text is closest to (a copy of the original, or the original itself). */
  matchedId: string;
  similarity: number;
}

/** An index of signatures: look up a text's original, then add it. State lives in the closure. */
export interface DuplicateIndex {
  /** The original of the closest indexed copy at or above the threshold, or null. */
  findOriginal(signature: Signature): DuplicateMatch | null;
  /** Indexes an article; `originalId` links a known copy to its original. */
  add(id: string, signature: Signature, originalId?: string | null): void;
  /** Articles currently kept (at most `capacity`). */
  size(): number;
}

/** The MinHash signature of a text (empty when it has fewer shingles than `minShingles`). */
export function minhash(text: string, options: Partial<DuplicateOptions> = {}): Signature {
  const opts = { ...DUPLICATE_DEFAULTS, ...options };
  const shingles = shingleHashes(text, opts.shingleSize);
  if (shingles.size < opts.minShingles) return [];
  const length = opts.bands * opts.rows;
  const signature = new Array<number>(length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < length; i++) {
      const h = fmix32(shingle ^ SEEDS[i % SEEDS.length] ^ Math.imul(i, 0x9e3779b1));
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** The share of equal positions of two signatures: an unbiased estimate of their shingle sets' Jaccard. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Creates an empty near-duplicate index. */
export function createDuplicateIndex(options: Partial<DuplicateOptions> = {}): DuplicateIndex {
  const opts = { ...DUPLICATE_DEFAULTS, ...options };
  const bands = Array.from({ length: opts.bands }, () => new Map<number, number | number[]>());
  const ids: string[] = [];
  const numbers = new Map<string, number>();
  // Typed arrays: a quarter of the memory of number arrays; evicted ones are replaced by EMPTY.
  const signatures: Uint32Array[] = [];
  let oldest = 0;
  const originals: number[] = [];

  const bandKey = (signature: ArrayLike<number>, band: number): number => {
    let h = band;
    for (let r = 0; r < opts.rows; r++) h = fmix32(Math.imul(h, 31) ^ signature[band * opts.rows + r]);
    // 30 bits: small integers are stored inline by V8, a full 32-bit key would box every entry.
    return h & 0x3fffffff;
  };
  const expected = opts.bands * opts.rows;

  /** Forgets the article numbered `n`: its band entries (always the first of their lists) and signature. */
  const evict = (n: number) => {
    const signature = signatures[n];
    signatures[n] = EMPTY;
    if (numbers.get(ids[n]) === n) numbers.delete(ids[n]);
    if (signature.length !== expected) return;
    for (let b = 0; b < opts.bands; b++) {
      const key = bandKey(signature, b);
      const hit = bands[b].get(key);
      if (hit === n) bands[b].delete(key);
      else if (Array.isArray(hit)) {
        const at = hit.indexOf(n);
        if (at >= 0) hit.splice(at, 1);
        if (hit.length === 0) bands[b].delete(key);
      }
    }
  };

  /** The articles that share at least one band with `signature`, each once. */
  const sharingABand = (signature: Signature): Set<number> => {
    const found = new Set<number>();
    for (let b = 0; b < opts.bands; b++) {
      const hit = bands[b].get(bandKey(signature, b));
      if (typeof hit === 'number') found.add(hit);
      else if (hit) for (const n of hit) found.add(n);
    }
    return found;
  };

  return {
    findOriginal(signature) {
      if (signature.length !== expected) return null;
      let best = -1;
      let bestScore = 0;
      for (const n of sharingABand(signature)) {
        const score = similarity(signature, signatures[n]);
        // Ties go to the earlier article: the original before its copies.
        if (score > bestScore || (score === bestScore && n < best)) {
          best = n;
          bestScore = score;
        }
      }
      if (best < 0 || bestScore < opts.threshold) return null;
      return {
        originalId: ids[originals[best]],
        matchedId: ids[best],
        similarity: Math.round(bestScore * 1e4) / 1e4,
      };
    },
    add(id, signature, originalId = null) {
      const n = ids.length;
      ids.push(id);
      if (!numbers.has(id)) numbers.set(id, n);
      signatures.push(Uint32Array.from(signature));
      const original = originalId === null ? -1 : (numbers.get(originalId) ?? -1);
      originals.push(original >= 0 ? originals[original] : n);
      if (signature.length === expected) {
        for (let b = 0; b < opts.bands; b++) {
          const key = bandKey(signature, b);
          const hit = bands[b].get(key);
          if (hit === undefined) bands[b].set(key, n);
          else if (typeof hit === 'number') bands[b].set(key, [hit, n]);
          else hit.push(n);
        }
      }
      while (ids.length - oldest > opts.capacity) evict(oldest++);
    },
    size() {
      return ids.length - oldest;
    },
  };
}

/** Hashes of the text's word shingles: lower case, letters and digits only, so spacing and punctuation edits vanish. */
function shingleHashes(text: string, size: number): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length === 0) return out;
  const last = Math.max(1, words.length - size + 1);
  for (let i = 0; i < last; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const EMPTY = new Uint32Array(0);

// Fixed seeds keep signatures stable across runs and versions: the store keeps them.
const SEEDS = [
  0x1b873593, 0xcc9e2d51, 0xe6546b64, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0x9e3779b9,
];
