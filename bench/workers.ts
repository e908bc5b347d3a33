/**
 * `npx tsx bench/workers.ts [--workers 1,2,4] [--articles 400] [--jobs 1]`: jobs per second of
 * `dossier worker` processes sharing one PostgreSQL store (DOSSIER_TEST_PG, else the local `test`
 * database). Each run queues the first N PolNeAR train articles into a fresh schema, starts the
 * workers and reads the rate from the jobs' completion times (first to last completion), so process
 * start-up and model loading are left out. Prints one JSON line per worker count.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { Library } from '../src/library/library.js';
import { enqueueIngest } from '../src/library/worker.js';
import { POLNEAR_TRAIN } from './ingest.js';
import { sharedFile } from './shared.js';

const SERVER = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const REPO = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const counts = flag('--workers', '1,2,4').split(',').map(Number);
const articles = Number(flag('--articles', '400'));
const jobs = flag('--jobs', '1');

const inputs = readFileSync(sharedFile(POLNEAR_TRAIN), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, articles)
  .map((line) => {
    const a = JSON.parse(line) as {
      id: string;
      outlet: string;
      published: string;
      title: string;
      text: string;
    };
    return {
      url: `https://bench.invalid/${a.id}`,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      text: a.text,
    };
  });

for (const workers of counts) {
  const schema = `dossier_bench_workers_${process.pid}_${workers}`;
  const url = `${SERVER}?schema=${schema}`;
  const producer = await Library.open(url);
  for (const input of inputs) await enqueueIngest(producer, input);
  const load = loadavg()[0];
  await Promise.all(Array.from({ length: workers }, (_, i) => run(url, `bench-${i}`)));
  const client = new pg.Client(SERVER);
  await client.connect();
  const { rows } = await client.query(
    `SELECT count(*) FILTER (WHERE status = 'done') AS done, min(updated_at) AS first, max(updated_at) AS last FROM ${schema}.jobs`,
  );
  const stats = await producer.store.count();
  await producer.close();
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
  const { done, first, last } = rows[0] as { done: string; first: string; last: string };
  const seconds = (Number(last) - Number(first)) / 1000;
  process.stdout.write(
    `${JSON.stringify({ workers, jobsPerWorker: Number(jobs), done: Number(done), jobsPerSec: Math.round(((Number(done) - 1) / seconds) * 10) / 10, articles: stats.articles, stories: stats.stories, loadBefore: Math.round(load * 100) / 100 })}\n`,
  );
}

/** One `dossier worker` process until the queue is empty. */
function run(url: string, id: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        '--db',
        url,
        'worker',
        '--exit-when-idle',
        '--jobs',
        jobs,
        '--id',
        id,
      ],
      { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker ${id} exited with ${code}`))));
  });
}
