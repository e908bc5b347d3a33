import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';
import { runWorker } from '../../src/library/worker.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Every row of every table of a SQLite file (sorted; arrival numbers are columns), without the clock's columns. */
function dump(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    out[table] = rows
      .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !/_at$/.test(column))))
      .sort();
  }
  db.close();
  return out;
}

describe('ingest on threads', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-jobs-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--jobs 4 stores exactly what --jobs 1 stores', async () => {
    const summaries = [];
    for (const jobs of [1, 4]) {
      const library = await Library.open(join(dir, `jobs-${jobs}.db`));
      summaries.push(await ingestBatch(library, [EXAMPLES], { jobs }));
      await library.close();
    }
    assert.deepEqual(summaries[1], summaries[0]);
    assert.equal(summaries[0].new, 19);
    const [one, four] = [dump(join(dir, 'jobs-1.db')), dump(join(dir, 'jobs-4.db'))];
    // How many stories the examples make is the clusterer's business; here both runs must agree.
    assert.ok(one.articles.length === 19 && one.stories.length >= 3, 'the examples are stored');
    for (const table of Object.keys(one)) assert.deepEqual(four[table], one[table], table);
    assert.deepEqual(Object.keys(four), Object.keys(one));
  });

  it('re-ingesting on threads stores nothing and analyses nothing again', async () => {
    const library = await Library.open(join(dir, 'jobs-4.db'));
    const again = await ingestBatch(library, [EXAMPLES], { jobs: 4 });
    await library.close();
    assert.deepEqual([again.new, again.revision, again.unchanged], [0, 0, 20]);
  });

  it('a worker running two jobs at a time drains the queue, each article stored once', async () => {
    const library = await Library.open(join(dir, 'worker.db'));
    const queued = await ingestBatch(library, [EXAMPLES], { queue: true });
    const handled: number[] = [];
    const n = await runWorker(library, {
      jobs: 2,
      exitWhenIdle: true,
      onJob: (o) => {
        assert.ok(o.ok, o.detail);
        handled.push(o.jobId);
      },
    });
    assert.equal(n, queued.queued);
    assert.equal(new Set(handled).size, queued.queued, 'no job run twice');
    const counts = await library.store.count();
    await library.close();
    assert.deepEqual([counts.articles, counts.versions], [19, 20]);
    assert.ok(counts.stories >= 3 && counts.stories < 19, `${counts.stories} stories`);
  });
});
