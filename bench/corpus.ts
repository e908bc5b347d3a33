import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toArticle } from '../src/ingest/article.js';
import type { Article } from '../src/model/index.js';

const REPO = resolve(import.meta.dirname, '..');
/** The fixed bench corpus: PolNeAR's dev articles (84 political news stories, about 400 kB). */
export const POLNEAR_DEV = resolve(REPO, '../shared/data/quotes/polnear/dev.jsonl');

interface PolnearLine {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

/** Loads the bench corpus as articles; the same articles in the same order on every run. */
export function loadBenchCorpus(path: string = POLNEAR_DEV): Article[] {
  if (!existsSync(path)) {
    throw new Error(`bench corpus not found at ${path}: the bench reads ../shared/data (see README)`);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolnearLine)
    .map((a) =>
      toArticle({
        url: `https://bench.invalid/${a.id}`,
        outlet: a.outlet,
        published: a.published,
        text: a.text,
      }),
    );
}

/** Total UTF-8 bytes of the articles' text. */
export function corpusBytes(articles: Article[]): number {
  return articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
}
