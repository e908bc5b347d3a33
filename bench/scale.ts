/**
 * `npm run bench:scale [-- --sizes 10000,50000,100000] [--json]`: the whole ingest path at archive
 * scale: analysis, near-duplicate check, story placement and a SQLite save per article, through the
 * same `Library.ingest` the CLI uses, on synthetic articles recombined from ECB+ dev and train
 * sentences (built in memory, never written to the repo). Reports articles/s in a window ending at
 * each size (flat cost means the index, not the archive, bounds the work), peak RSS and database size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../src/library/library.js';
import { loadSubtopics, syntheticCorpus } from './stories.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = (args.includes('--sizes') ? sizesArg : '10000,50000,100000').split(',').map(Number);
const WINDOW = 1000;

const dir = mkdtempSync(join(tmpdir(), 'dossier-scale-'));
const dbPath = join(dir, 'scale.db');
const library = await Library.open(dbPath);
const corpus = syntheticCorpus(loadSubtopics(), 1);
const total = Math.max(...sizes);
const windows: { size: number; articlesPerSec: number; rssMb: number; dbMb: number }[] = [];
let windowStart = 0n;
let copies = 0;
for (let i = 1; i <= total; i++) {
  if (sizes.some((s) => i === s - WINDOW + 1)) windowStart = process.hrtime.bigint();
  const outcome = await library.ingest(corpus.next().article);
  if (outcome.duplicateOf) copies++;
  if (sizes.includes(i)) {
    const seconds = Number(process.hrtime.bigint() - windowStart) / 1e9;
    const figures = {
      size: i,
      articlesPerSec: Math.round((WINDOW / seconds) * 10) / 10,
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
      dbMb: Math.round(dbBytes(dbPath) / 1e6),
    };
    windows.push(figures);
    if (!json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
  if (!json && i % 5000 === 0) process.stderr.write(`  ${i} articles\n`);
}
const counts = await library.store.count();
await library.close();
const rates = windows.map((w) => w.articlesPerSec);
const report = {
  articles: total,
  windows,
  flatness: Math.round((Math.max(...rates) / Math.min(...rates)) * 100) / 100,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1e3),
  dbMb: Math.round(dbBytes(dbPath) / 1e6),
  stories: counts.stories,
  copiesLinked: copies,
};
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(report, null, json ? 0 : 2)}\n`);

function dbBytes(path: string): number {
  let bytes = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {
      // The WAL and shared-memory files exist only while the database is open.
    }
  }
  return bytes;
}
