import type { EvalTask } from './task.js';

/** Evaluation tasks by name, loaded on demand so one task's weights never load for another. */
export const EVAL_TASKS: Record<string, () => Promise<EvalTask>> = {
  extract: async () => (await import('./extract.js')).evalExtract,
  ner: async () => (await import('./ner.js')).evalNer,
  quotes: async () => (await import('./quotes.js')).evalQuotes,
  clusters: async () => (await import('./clusters.js')).evalClusters,
  figures: async () => (await import('./figures.js')).evalFigures,
  claims: async () => (await import('./claims.js')).evalClaims,
};
