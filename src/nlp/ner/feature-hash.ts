import { fmix32 } from '../../util/fmix32.js';

// Template ids seed the hashes so that the same string under two templates is two features.
export const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  prev1: 5,
  prev2: 6,
  next1: 7,
  next2: 8,
  shapePrev1: 9,
  shapeNext1: 10,
  shapePrev2: 11,
  shapeNext2: 12,
  bigramPrev: 13,
  bigramNext: 14,
  shapeTri: 15,
  shapeBiPrev: 16,
  shapeBiNext: 17,
  initial: 18,
  headline: 19,
  headlineLower: 20,
  gaz: 21,
  gazPrev: 22,
  gazNext: 23,
  gazShape: 24,
  docLower: 28,
  docCap: 29,
  docShape: 30,
  predAny: 31,
  predMajor: 32,
  predPrev: 33,
  predNext: 34,
  lowerShapePrev: 35,
  runFirst: 36,
  runLast: 37,
  runLength: 38,
  predHere: 39,
  predHerePrev: 40,
  predHereNext: 41,
  ext: 42,
  extPrev: 43,
  extNext: 44,
  extShape: 45,
  cluster: 46,
  clusterCoarse: 47,
  clusterShape: 48,
  clusterPrev: 49,
  clusterNext: 50,
} as const;

/** 32-bit FNV-1a of a string, seeded so that equal strings under different templates differ. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes into one well-spread 32-bit value (murmur3's finaliser over a mix of both). */
export function mixHash(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ b);
}
