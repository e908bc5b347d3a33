import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { toArticle } from '../ingest/index.js';
import type { Analysis } from '../model/index.js';
import { type AnalyzerResources, analyze } from '../nlp/index.js';
import { loadResources } from '../resources.js';
import {
  type ClusterOptions,
  createClusterer,
  recluster,
  type StoryFeatures,
  storyFeatures,
} from '../stories/index.js';
import { readJsonlFile } from './data-file.js';
import type { EvalOptions, EvalReport } from './task.js';

/** One document of the ECB+ clustering JSONL (`../shared/data/clustering/ecbplus/`). */
export interface ClusterDoc {
  id: string;
  title: string | null;
  text: string;
  date: string | null;
  cluster: string;
  topic: string;
}

/** B-cubed precision, recall and F1 of a predicted clustering against gold labels (item → label). */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** What every ECB+ document line holds (the clustering and the entity data sets). */
export const ecbDocument = z.object({
  id: z.string(),
  title: z
    .string()
    .nullish()
    .transform((t) => t ?? null),
  text: z.string(),
});

const clusterDoc = ecbDocument.extend({
  date: z
    .string()
    .nullish()
    .transform((d) => d ?? null),
  cluster: z.string(),
  topic: z.string(),
});

/** Reads the JSONL data set; a line that does not fit names its number and field. */
export function readClusterDocs(path: string): ClusterDoc[] {
  return readJsonlFile(path, {
    what: 'the clustering data',
    hint: 'pass --data ECB+ JSONL such as ../shared/data/clustering/ecbplus/dev.jsonl',
    schema: clusterDoc,
    line: 'a clustering document',
    format: 'give ECB+ JSONL: {id, title, text, date, cluster, topic}',
  });
}

/** The features of each document, through the shipped analysis pipeline (the url is left out: its slug gives the event away). */
export function featuresOf(
  docs: ClusterDoc[],
  progress: (done: number, total: number) => void = () => {},
): StoryFeatures[] {
  const resources = loadResources();
  return analysesOf(docs, progress, resources).map((analysis) =>
    storyFeatures(analysis, resources.lexicon.stopwords),
  );
}

/** Each document through the shipped analysis pipeline (the url is left out: its slug gives the event away). */
export function analysesOf(
  docs: ClusterDoc[],
  progress: (done: number, total: number) => void = () => {},
  resources: AnalyzerResources = loadResources(),
): Analysis[] {
  return docs.map((doc, i) => {
    progress(i + 1, docs.length);
    return analyze(toArticle({ title: doc.title, text: doc.text, published: doc.date }), resources);
  });
}

/**
 * Feeds the documents in order through one online clusterer, then (unless `online` only) runs the
 * re-clustering pass over them all, as the library does on schedule; returns each document's story id.
 */
export function clusterInOrder(
  ids: string[],
  features: StoryFeatures[],
  options: Partial<ClusterOptions> = {},
  online = false,
): string[] {
  const clusterer = createClusterer(options);
  for (let i = 0; i < ids.length; i++) clusterer.add(ids[i], features[i]);
  // Read the stories at the end, so that merges made later count for earlier articles too.
  const placed = ids.map((id) => clusterer.storyOf(id) ?? id);
  if (online) return placed;
  const items = ids.map((articleId, i) => ({ articleId, features: features[i], storyId: placed[i] }));
  const { assignment } = recluster(items, 'eval', options);
  return ids.map((id) => assignment.get(id) ?? id);
}

/**
 * Clusters the documents in the order `order` (indexes into `ids`) and returns each document's story
 * id in file position, so runs in different orders are scored against the same gold.
 */
export function clusterInOrderOf(
  order: readonly number[],
  ids: string[],
  features: StoryFeatures[],
  options: Partial<ClusterOptions> = {},
): string[] {
  const got = clusterInOrder(
    order.map((i) => ids[i]),
    order.map((i) => features[i]),
    options,
  );
  const predicted = new Array<string>(ids.length);
  order.forEach((docIndex, k) => {
    predicted[docIndex] = got[k];
  });
  return predicted;
}

/** A fixed permutation of 0..n-1 for `seed` (Fisher–Yates over mulberry32): the same on every machine. */
export function shuffledOrder(n: number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** B-cubed F1 of `shuffles` runs in fixed shuffled orders (seeds 1..shuffles), and their minimum. */
export function shuffledScores(
  ids: string[],
  features: StoryFeatures[],
  gold: string[],
  shuffles: number,
): { seed: number; f1: number; stories: number }[] {
  return Array.from({ length: shuffles }, (_, k) => {
    const predicted = clusterInOrderOf(shuffledOrder(ids.length, k + 1), ids, features);
    return { seed: k + 1, f1: bcubed(predicted, gold).f1, stories: new Set(predicted).size };
  });
}

/** The report lines of shuffled runs: each seed's F1 and story count, then the minimum. */
export function shuffleLines(runs: { seed: number; f1: number; stories: number }[]): string[] {
  if (runs.length === 0) return [];
  const each = runs.map((r) => `seed ${r.seed}: ${r.f1.toFixed(3)} (${r.stories})`).join('  ');
  const min = Math.min(...runs.map((r) => r.f1));
  return [`B-cubed F1 in ${runs.length} shuffled orders: ${each}  min ${min.toFixed(3)}`];
}

/** B-cubed scores (Bagga & Baldwin): per-item precision and recall of its cluster, averaged over items. */
export function bcubed(predicted: string[], gold: string[]): BCubed {
  const n = predicted.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const pairCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  const goldCount = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const pair = `${predicted[i]}\u0000${gold[i]}`;
    pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
    predCount.set(predicted[i], (predCount.get(predicted[i]) ?? 0) + 1);
    goldCount.set(gold[i], (goldCount.get(gold[i]) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const both = pairCount.get(`${predicted[i]}\u0000${gold[i]}`) ?? 0;
    precision += both / (predCount.get(predicted[i]) ?? 1);
    recall += both / (goldCount.get(gold[i]) ?? 1);
  }
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/**
 * Scores online story clustering on ECB+ JSONL: B-cubed on sub-topics (`cluster`) and on `topic`, in
 * file order. With `gold`, scores the data's articles against a story gold instead (`story-gold.ts`).
 */
export async function evalClusters(options: EvalOptions): Promise<EvalReport> {
  if (options.gold)
    return (await import('./story-gold.js')).evalStoryGold({ ...options, gold: options.gold });
  const docs = readClusterDocs(options.data);
  const features = featuresOf(docs, options.progress);
  const ids = docs.map((d) => d.id);
  const predicted = clusterInOrder(ids, features);
  const online = bcubed(
    clusterInOrder(ids, features, {}, true),
    docs.map((d) => d.cluster),
  );
  const cluster = bcubed(
    predicted,
    docs.map((d) => d.cluster),
  );
  const topic = bcubed(
    predicted,
    docs.map((d) => d.topic),
  );
  const found = new Set(predicted).size;
  const gold = new Set(docs.map((d) => d.cluster)).size;
  const shuffled = shuffledScores(
    ids,
    features,
    docs.map((d) => d.cluster),
    options.shuffles ?? 0,
  );
  if (options.predictions) {
    writeFileSync(
      options.predictions,
      ids.map((id, i) => `${JSON.stringify({ id, cluster: predicted[i] })}\n`).join(''),
    );
  }
  const fmt = (b: BCubed) => `P ${b.precision.toFixed(3)}  R ${b.recall.toFixed(3)}  F1 ${b.f1.toFixed(3)}`;
  return {
    task: 'clusters',
    metrics: {
      docs: docs.length,
      cluster,
      topic,
      clustersFound: found,
      clustersGold: gold,
      order: 'file',
      shuffled,
    },
    lines: [
      `documents: ${docs.length} (file order, online, then the re-clustering pass)`,
      `B-cubed on cluster, online only:  ${fmt(online)}`,
      `B-cubed on cluster (sub-topic): ${fmt(cluster)}`,
      `B-cubed on topic:               ${fmt(topic)}`,
      `clusters found: ${found}  gold: ${gold}`,
      ...shuffleLines(shuffled),
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
