/**
 * Ingest throughput by number of analysis threads: the CLI's path (`ingestBatch` on a JSON-lines
 * file, placing and saving into a fresh SQLite file) over PolNeAR's train articles (840, 3.9 MB),
 * with 1 thread and with one per core, alternated so both see the same machine. Thread start-up
 * (each thread loads the models) is inside the time, as it is for `dossier ingest`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestBatch } from '../src/library/ingest-batch.js';
import { Library } from '../src/library/library.js';
import { round } from './measure.js';
import { sharedFile } from './shared.js';

/** The ingest corpus, under ../shared: PolNeAR's train articles. */
export const POLNEAR_TRAIN = 'data/quotes/polnear/train.jsonl';

/** What the bench reports: articles/s by number of threads, the best of `rounds` runs each. */
export interface IngestFigures {
  cores: number;
  articles: number;
  articlesPerSec: Record<string, number>;
  /** The 1-minute load average before the runs: the machine's other work. */
  loadBefore: number;
}

/** Ingests the corpus `rounds` times with each number of threads in `jobs` (default 1 and one per core). */
export async function benchIngest(
  jobs: number[] = [1, availableParallelism()],
  rounds = 2,
): Promise<IngestFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));
  const input = join(dir, 'articles.jsonl');
  const lines = readFileSync(sharedFile(POLNEAR_TRAIN), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  writeFileSync(
    input,
    lines
      .map((line) => {
        const a = JSON.parse(line) as {
          id: string;
          outlet: string;
          published: string;
          title: string;
          text: string;
        };
        return JSON.stringify({
          url: `https://bench.invalid/${a.id}`,
          outlet: a.outlet,
          published: a.published,
          title: a.title,
          text: a.text,
        });
      })
      .join('\n'),
  );
  const loadBefore = round(loadavg()[0]);
  const best: Record<string, number> = {};
  try {
    for (let r = 0; r < rounds; r++) {
      for (const n of jobs) {
        const db = join(dir, `ingest-${n}-${r}.db`);
        const library = await Library.open(db);
        const t0 = process.hrtime.bigint();
        const summary = await ingestBatch(library, [input], { jobs: n });
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        await library.close();
        rmSync(db, { force: true });
        const rate = round(summary.new / seconds);
        best[n] = Math.max(best[n] ?? 0, rate);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { cores: availableParallelism(), articles: lines.length, articlesPerSec: best, loadBefore };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(await benchIngest())}\n`);
}
