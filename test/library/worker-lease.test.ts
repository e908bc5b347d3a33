import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { IngestOutcome, Library } from '../../src/library/library.js';
import { INGEST_JOB, runWorker } from '../../src/library/worker.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const root = mkdtempSync(join(tmpdir(), 'dossier-lease-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A library whose ingest takes `ms` and, while it runs, lets `during` act on the store. */
function slowLibrary(store: Store, ms: number, during: () => Promise<void>): Library {
  const ingest = async (): Promise<IngestOutcome> => {
    await new Promise((r) => setTimeout(r, ms / 2));
    await during();
    await new Promise((r) => setTimeout(r, ms / 2));
    return { status: 'new', articleId: 'a1', version: 1, title: 'T', storyId: null, duplicateOf: null };
  };
  return { store, ingest } as unknown as Library;
}

describe('worker lease', () => {
  it('keeps a job longer than its lease with a heartbeat, so no other worker claims it', async () => {
    const store = await openStore(join(root, 'beat.db'), { leaseMs: 200 });
    await store.enqueueJob(INGEST_JOB, {});
    let stolen: unknown = 'not tried';
    // The ingest runs 1.2 s, six leases; another worker tries to claim the job half way through.
    const library = slowLibrary(store, 1200, async () => {
      stolen = await store.claimJob('thief', []);
    });
    const outcomes: { ok: boolean; detail: string }[] = [];
    await runWorker(library, {
      workerId: 'w1',
      exitWhenIdle: true,
      heartbeatMs: 50,
      onJob: (o) => outcomes.push(o),
    });
    assert.equal(stolen, null);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true],
    );
    assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 1, failed: 0 });
    await store.close();
  });

  it('records nothing when its lease ran out and another worker took the job over', async () => {
    const store = await openStore(join(root, 'lost.db'), { leaseMs: 100 });
    const id = await store.enqueueJob(INGEST_JOB, {});
    // No heartbeat within the run (1 h interval): the lease runs out and 'thief' claims and finishes the job.
    const library = slowLibrary(store, 600, async () => {
      assert.equal((await store.claimJob('thief', []))?.id, id);
      assert.equal(await store.completeJob(id, 'thief', { by: 'thief' }), true);
    });
    const outcomes: { ok: boolean; detail: string }[] = [];
    await runWorker(library, {
      workerId: 'w1',
      exitWhenIdle: true,
      heartbeatMs: 3_600_000,
      onJob: (o) => outcomes.push(o),
    });
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0]?.ok, false);
    assert.match(outcomes[0]?.detail ?? '', /lease lost/);
    assert.deepEqual(await store.jobStats(), { queued: 0, running: 0, done: 1, failed: 0 });
    await store.close();
  });
});
