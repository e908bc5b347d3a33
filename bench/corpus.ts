import { readFileSync } from 'node:fs';
import { toArticle } from '../src/ingest/article.js';
import type { Article } from '../src/model/index.js';
import { sharedFile } from './shared.js';

/** The fixed bench corpus, under ../shared: PolNeAR's dev articles (84 political news stories, about 400 kB). */
export const POLNEAR_DEV = 'data/quotes/polnear/dev.jsonl';

interface PolnearLine {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

/** Loads the bench corpus as articles; the same articles in the same order on every run. */
export function loadBenchCorpus(path: string = sharedFile(POLNEAR_DEV)): Article[] {
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
