import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../shared.js';

/** The repository root, found from this file. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One ECB+ document as the tests need it. */
export interface EcbDoc {
  id: string;
  title: string | null;
  text: string;
  cluster: string;
  topic: string;
}

/** Where an ECB+ split is in the shared data folder (never copied into the repo). */
export function ecbPath(split: 'dev' | 'train'): string {
  return path.resolve(SHARED, 'data', 'clustering', 'ecbplus', `${split}.jsonl`);
}

/** Reads an ECB+ split; the tests that call it skip by `needsShared(ecbPath(split))` when it is absent. */
export function readEcb(split: 'dev' | 'train'): EcbDoc[] {
  return readFileSync(ecbPath(split), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbDoc);
}

/** A small deterministic PRNG (mulberry32), so synthetic sets are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A light edit of a text: each word is, with probability `rate`, replaced by a word from `vocabulary`,
 * deleted, or followed by an inserted word (a third each), as copy desks and syndication do.
 */
export function editWords(text: string, rate: number, vocabulary: string[], random: () => number): string {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (random() >= rate) {
      out.push(word);
      continue;
    }
    const op = random();
    const other = vocabulary[Math.floor(random() * vocabulary.length)];
    if (op < 1 / 3) out.push(other);
    else if (op < 2 / 3) out.push(word, other);
  }
  return out.join(' ');
}

/**
 * Drops texts that reprint an earlier one: ECB+ holds the same wire story under several outlets. The
 * test is independent of MinHash: a shared run of 8 words covering 20 % of the shorter text's 8-grams.
 */
export function withoutReprints<T extends { text: string }>(docs: T[]): T[] {
  const kept: { doc: T; grams: Set<string> }[] = [];
  for (const doc of docs) {
    const grams = wordGrams(doc.text, 8);
    const reprint = kept.some((k) => {
      let shared = 0;
      for (const g of grams) if (k.grams.has(g)) shared++;
      return shared >= 0.2 * Math.min(grams.size, k.grams.size);
    });
    if (!reprint) kept.push({ doc, grams });
  }
  return kept.map((k) => k.doc);
}

function wordGrams(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}
