/**
 * `npx tsx bench/brief.ts`: ledger and brief of a 50-article story, timed apart from analysis
 * (which bench/run.ts measures). The story is the examples' articles, analysed once and copied under
 * new ids, outlets and dates until it holds 50, so every stage sees real extractor output.
 */
import { fileURLToPath } from 'node:url';
import { writeBrief } from '../src/brief/write.js';
import { toArticle } from '../src/ingest/article.js';
import { readInputs } from '../src/ingest/files.js';
import { buildLedger } from '../src/ledger/ledger.js';
import type { Analysis } from '../src/model/index.js';
import { analyze } from '../src/nlp/pipeline.js';
import { loadResources } from '../src/resources.js';

/** What the bench reports: milliseconds per stage, best of the runs. */
export interface BriefBench {
  articles: number;
  ledgerMs: number;
  briefMs: number;
  totalMs: number;
}

const STORY_SIZE = 50;
const RUNS = 5;
const EXAMPLES = fileURLToPath(new URL('../examples/north-korea', import.meta.url));

/** The 50-article story the bench times: the examples' analyses copied under new ids, outlets and dates. */
async function benchStory(): Promise<Analysis[]> {
  const resources = loadResources();
  const base: Analysis[] = [];
  for await (const item of readInputs([EXAMPLES]))
    if (item.ok) base.push(analyze(toArticle(item.input), resources));
  return Array.from({ length: STORY_SIZE }, (_, i) => {
    const a = base[i % base.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      ...a,
      article: {
        ...a.article,
        id: `${a.article.id}-${i}`,
        outlet: `${a.article.outlet ?? 'Outlet'} ${i}`,
        published: `2024-10-${day}T12:00:00.000Z`,
      },
    };
  });
}

/** Times buildLedger and writeBrief on a 50-article story; the target is under a second in all. */
export async function benchBrief(): Promise<BriefBench> {
  const analyses = await benchStory();
  let best: BriefBench = {
    articles: analyses.length,
    ledgerMs: Infinity,
    briefMs: Infinity,
    totalMs: Infinity,
  };
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const ledger = buildLedger(analyses);
    const t1 = performance.now();
    writeBrief({ id: 'bench', title: 'North Korean troops in Russia' }, analyses, ledger);
    const t2 = performance.now();
    if (t2 - t0 < best.totalMs)
      best = { articles: analyses.length, ledgerMs: t1 - t0, briefMs: t2 - t1, totalMs: t2 - t0 };
  }
  return best;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const b = await benchBrief();
  process.stdout.write(
    `brief bench: ${b.articles} articles, ledger ${b.ledgerMs.toFixed(1)} ms, brief ${b.briefMs.toFixed(1)} ms, total ${b.totalMs.toFixed(1)} ms (target < 1000 ms)\n`,
  );
}
