import type { ArticleInput } from '../model/index.js';
import type { Job, Json } from '../store/index.js';
import type { Library } from './library.js';
import { ReadPool, readAhead } from './read-pool.js';

/** The job kind that ingests one article input. */
export const INGEST_JOB = 'ingest';

/** Options of `runWorker`; defaults in `WORKER_DEFAULTS`. */
export interface WorkerOptions {
  /** Name recorded on claimed jobs (default host:pid). */
  workerId: string;
  /** Jobs run at once, each analysed on a thread of the worker's pool (default 1: one at a time, no threads). */
  jobs: number;
  /** Stop when the queue is empty instead of polling (default false). */
  exitWhenIdle: boolean;
  /** Wait between polls of an empty queue, in ms (default 1000). */
  pollMs: number;
  /** Interval of the lease heartbeat while a job runs, in ms (default 15 s, a quarter of the store's 60 s lease). */
  heartbeatMs: number;
  /** Reports each finished job; a no-op by default. */
  onJob: (outcome: { jobId: number; ok: boolean; detail: string }) => void;
  /** Aborts the loop between jobs. */
  signal?: AbortSignal;
}

/** Defaults of `WorkerOptions`. */
export const WORKER_DEFAULTS: WorkerOptions = {
  workerId: `worker-${process.pid}`,
  jobs: 1,
  exitWhenIdle: false,
  pollMs: 1000,
  heartbeatMs: 15_000,
  onJob: () => {},
};

/** Queues one input for any worker to ingest. */
export function enqueueIngest(library: Library, input: ArticleInput): Promise<number> {
  return library.store.enqueueJob(INGEST_JOB, input as unknown as Json);
}

/**
 * Claims ingest jobs until stopped, `jobs` at a time. Any number of workers on any number of machines
 * may share one PostgreSQL store: claiming uses `FOR UPDATE SKIP LOCKED`, so no job runs twice at once,
 * and a job whose worker died (no heartbeat for the store's lease, 60 s) is claimed again; a worker
 * that lost its job that way records nothing. Returns the number of jobs handled.
 */
export async function runWorker(library: Library, options: Partial<WorkerOptions> = {}): Promise<number> {
  const opts = { ...WORKER_DEFAULTS, ...options };
  const pool = opts.jobs > 1 ? new ReadPool(opts.jobs) : null;
  try {
    const counts = await Promise.all(Array.from({ length: opts.jobs }, () => claimLoop(library, opts, pool)));
    return counts.reduce((a, b) => a + b, 0);
  } finally {
    await pool?.close();
  }
}

/** One lane of a worker: claims and runs one job at a time. */
async function claimLoop(library: Library, opts: WorkerOptions, pool: ReadPool | null): Promise<number> {
  let done = 0;
  while (!opts.signal?.aborted) {
    const job = await library.store.claimJob(opts.workerId, [INGEST_JOB]);
    if (!job) {
      if (opts.exitWhenIdle) break;
      await new Promise((resolve) => setTimeout(resolve, opts.pollMs));
      continue;
    }
    const heartbeat = setInterval(() => {
      // A failed renewal is not fatal: completion checks the holder whatever the heartbeat saw.
      library.store.renewLease(job.id, opts.workerId).catch(() => {});
    }, opts.heartbeatMs);
    try {
      opts.onJob(await runJob(library, job, opts.workerId, pool));
    } finally {
      clearInterval(heartbeat);
    }
    done++;
  }
  return done;
}

/** Ingests one claimed job and records the outcome, if this worker still holds the job. */
async function runJob(
  library: Library,
  job: Job,
  workerId: string,
  pool: ReadPool | null,
): Promise<{ jobId: number; ok: boolean; detail: string }> {
  try {
    const input = job.payload as unknown as ArticleInput;
    const { read } = pool ? await readAhead(library, pool, input) : {};
    const outcome = await library.ingest(input, read);
    const detail = `${outcome.status} ${outcome.articleId} ${outcome.title}`;
    if (await library.store.completeJob(job.id, workerId, outcome as unknown as Json))
      return { jobId: job.id, ok: true, detail };
    // Ingest is idempotent, so the worker that took the job over stores nothing twice.
    return { jobId: job.id, ok: false, detail: `lease lost to another worker, not recorded: ${detail}` };
  } catch (err) {
    const status = await library.store.failJob(job.id, workerId, (err as Error).message);
    return { jobId: job.id, ok: false, detail: `${status}: ${(err as Error).message}` };
  }
}
