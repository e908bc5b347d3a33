/**
 * `npx tsx bench/registry.ts [--articles 2000] [--json]`: what the entity registry costs ingest. Two
 * libraries on two SQLite files ingest the same synthetic articles (recombined from ECB+ sentences,
 * as `bench:scale` makes them), one with entity linking and one without, in alternating windows so a
 * busy machine slows both alike. Reports each one's articles/s and the throughput ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../src/library/library.js';
import type { ArticleInput } from '../src/model/index.js';
import { loadSubtopics, syntheticCorpus } from './stories.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const total = args.includes('--articles') ? Number(args[args.indexOf('--articles') + 1]) : 2000;
const WINDOW = 100;

const dir = mkdtempSync(join(tmpdir(), 'dossier-registry-bench-'));
const without = await Library.open(join(dir, 'without.db'), { entities: false });
const withRegistry = await Library.open(join(dir, 'with.db'));
const corpus = syntheticCorpus(loadSubtopics(), 1);
const ms = { without: 0, with: 0 };

async function timed(library: Library, article: ArticleInput): Promise<number> {
  const started = performance.now();
  await library.ingest(article);
  return performance.now() - started;
}

for (let done = 0; done < total; done += WINDOW) {
  const batch = Array.from({ length: Math.min(WINDOW, total - done) }, () => corpus.next().article);
  // Alternate which library goes first, so caches and machine load favour neither.
  const order = (done / WINDOW) % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
  for (const which of order) {
    const library = which === 'with' ? withRegistry : without;
    for (const article of batch) ms[which] += await timed(library, article);
  }
  if (!json && (done + WINDOW) % 500 === 0) process.stderr.write(`  ${done + WINDOW} articles\n`);
}
const entities = (await withRegistry.store.listEntities({ limit: 1 })).length;
await without.close();
await withRegistry.close();
rmSync(dir, { recursive: true, force: true });

const rate = (t: number) => Math.round((total / (t / 1000)) * 10) / 10;
const report = {
  articles: total,
  withoutRegistry: rate(ms.without),
  withRegistry: rate(ms.with),
  throughputRatio: Math.round((ms.without / ms.with) * 1000) / 1000,
  registryUsed: entities > 0,
};
process.stdout.write(`${JSON.stringify(report, null, json ? 0 : 2)}\n`);
