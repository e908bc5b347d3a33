import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';
import { runWorker } from '../../src/library/worker.js';

const SERVER = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `dossier_workers_${process.pid}`;
const URL = `${SERVER}?schema=${SCHEMA}`;
const EXAMPLES = join(resolve(import.meta.dirname, '..', '..'), 'examples');

describe('scale-out: workers on one PostgreSQL store', () => {
  before(async () => {
    const client = new pg.Client(SERVER);
    await client.connect().catch((err: Error) => {
      throw new Error(`PostgreSQL at ${SERVER} is needed for this test (CI has one): ${err.message}`);
    });
    await client.end();
  });
  after(async () => {
    const client = new pg.Client(SERVER);
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  });

  it('two workers drain the queue: every article stored once, no job run twice', async () => {
    const producer = await Library.open(URL);
    const queued = await ingestBatch(producer, [EXAMPLES], { queue: true });
    assert.ok(queued.queued >= 20);

    const workers = await Promise.all([Library.open(URL), Library.open(URL)]);
    const handled: number[][] = [[], []];
    const counts = await Promise.all(
      workers.map((w, i) =>
        runWorker(w, { workerId: `w${i}`, exitWhenIdle: true, onJob: (o) => handled[i].push(o.jobId) }),
      ),
    );
    assert.equal(counts[0] + counts[1], queued.queued);
    const all = [...handled[0], ...handled[1]];
    assert.equal(new Set(all).size, all.length, 'no job handled twice');

    const stats = await producer.store.jobStats();
    assert.deepEqual([stats.queued, stats.running, stats.failed], [0, 0, 0]);
    const counted = await producer.store.count();
    assert.equal(counted.articles, queued.queued - 1, 'the revision is a second version of one article');
    assert.equal(counted.versions, queued.queued);
    // Each worker catches up with the other's articles before placing its own: one story per story.
    const stories = await producer.store.listStories();
    assert.equal(
      stories.filter((st) => st.articleIds.length >= 4).length,
      3,
      stories.map((st) => `${st.title} (${st.articleIds.length})`).join('; '),
    );
    assert.ok(stories.length <= 4, stories.map((st) => `${st.title} (${st.articleIds.length})`).join('; '));
    await Promise.all([producer.close(), ...workers.map((w) => w.close())]);
  });
});
