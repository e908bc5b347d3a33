import { type Chunk, chunksOf } from './labels.js';

/** Precision, recall and F1 of one entity type or of all of them. */
export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
  /** Entities in the gold data and in the prediction, and the exact matches. */
  gold: number;
  predicted: number;
  correct: number;
}

/** conlleval-style scores: overall and per type. */
export interface NerScore extends PrfScore {
  perType: Record<string, PrfScore>;
}

/** Whether an entity (gold or predicted) of sentence `s` is scored; every one by default. */
export type ChunkFilter = (s: number, chunk: Chunk) => boolean;

/**
 * Exact-match entity scoring as conlleval computes it: an entity counts only with the same
 * type and the same first and last token. Inputs are parallel per-sentence IOB2 tag lists.
 * With `keep`, only the gold and predicted entities it keeps are counted (a subset's scores).
 */
export function scoreNer(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  keep: ChunkFilter = () => true,
): NerScore {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      counts.set(type, c);
    }
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunksOf(gold[s]).filter((c) => keep(s, c));
    const p = chunksOf(predicted[s] ?? []).filter((c) => keep(s, c));
    const keys = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of g) count(c.type).gold++;
    for (const c of p) {
      const k = count(c.type);
      k.predicted++;
      if (keys.has(`${c.type}:${c.start}:${c.end}`)) k.correct++;
    }
  }
  const perType: Record<string, PrfScore> = {};
  const total = { gold: 0, predicted: 0, correct: 0 };
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perType[type] = prf(c.gold, c.predicted, c.correct);
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return { ...prf(total.gold, total.predicted, total.correct), perType };
}

function prf(gold: number, predicted: number, correct: number): PrfScore {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** The lower-cased surface forms ("new york") of every gold entity of labelled sentences. */
export function entityForms(
  sentences: readonly { words: readonly string[]; tags: readonly string[] }[],
): Set<string> {
  const forms = new Set<string>();
  for (const s of sentences) for (const c of chunksOf(s.tags)) forms.add(surfaceForm(s.words, c));
  return forms;
}

/** An entity's words, lower-cased and joined by spaces. */
export function surfaceForm(words: readonly string[], chunk: Chunk): string {
  return words.slice(chunk.start, chunk.end).join(' ').toLowerCase();
}
