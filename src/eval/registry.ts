import type { EvalTask } from './task.js';

/** Evaluation tasks by name, loaded on demand so one task's weights never load for another. */
export const EVAL_TASKS: Record<string, () => Promise<EvalTask>> = {
  extract: async () => (await import('./extract.js')).evalExtract,
  ner: async () => (await import('./ner.js')).evalNer,
  quotes: async () => (await import('./quotes.js')).evalQuotes,
  clusters: async () => (await import('./clusters.js')).evalClusters,
  figures: async () => (await import('./figures.js')).evalFigures,
  'figure-pairs': async () => (await import('./figure-pairs.js')).evalFigurePairs,
  claims: async () => (await import('./claims.js')).evalClaims,
  speakers: async () => (await import('./speakers.js')).evalSpeakers,
  entities: async () => (await import('./entities.js')).evalEntities,
  verify: async () => (await import('./verify/task.js')).evalVerify,
};

/** Tasks scored against a gold the project wrote on the data (`--gold`): optional for clusters, required for speakers. */
export const GOLD_TASKS = new Set(['clusters', 'speakers']);
