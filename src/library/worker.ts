import type { ArticleInput } from '../model/index.js';
import type { Job, Json } from '../store/index.js';
import type { Library } from './library.js';

/** The job kind that ingests one article input. */
export const INGEST_JOB = 'ingest';

/** Options of `runWorker`; defaults in `WORKER_DEFAULTS`. */
export interface WorkerOptions {
  /** Name recorded on claimed jobs (default host:pid). */
  workerId: string;
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
 * Claims ingest jobs one at a time until stopped. Any number of workers on any number of machines
 * may share one PostgreSQL store: claiming uses `FOR UPDATE SKIP LOCKED`, so no job runs twice at once,
 * and a job whose worker died (no heartbeat for the store's lease, 60 s) is claimed again; a worker
 * that lost its job that way records nothing.
 */
export async function runWorker(library: Library, options: Partial<WorkerOptions> = {}): Promise<number> {
  const opts = { ...WORKER_DEFAULTS, ...options };
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
      opts.onJob(await runJob(library, job, opts.workerId));
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
): Promise<{ jobId: number; ok: boolean; detail: string }> {
  try {
    const outcome = await library.ingest(job.payload as unknown as ArticleInput);
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
