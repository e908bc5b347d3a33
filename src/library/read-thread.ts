// The entry of ingest's reading threads (see read-pool.ts): each analyses the articles it is sent.
// Resources load once per thread, on its first article.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model/index.js';
import type { AnalyzerResources } from '../nlp/index.js';
import { loadResources } from '../resources.js';
import { readArticle } from './ingest-steps.js';
import type { ReadAnswer } from './read-pool.js';

let resources: AnalyzerResources | null = null;

parentPort?.on('message', ({ id, article }: { id: number; article: Article }) => {
  let answer: ReadAnswer;
  try {
    resources ??= loadResources();
    answer = { id, ok: true, value: readArticle(article, resources) };
  } catch (err) {
    answer = { id, ok: false, error: (err as Error).message };
  }
  parentPort?.postMessage(answer);
});
