import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { toArticle } from '../ingest/index.js';
import type { Article, ArticleInput } from '../model/index.js';
import { spawnThread } from '../threads.js';
import type { ReadArticle } from './ingest-steps.js';
import type { Library } from './library.js';

/** A reading thread's answer. */
export type ReadAnswer =
  | { id: number; ok: true; value: ReadArticle }
  | { id: number; ok: false; error: string };

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (read: ReadArticle) => void; reject: (err: Error) => void }>;
}

/** The default of `--jobs`: one analysis thread per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Starts reading `input` on `pool` for a later `library.ingest(input, read)`, unless the store holds
 * its text already (that ingest stores nothing, so nothing is analysed). The read is marked handled:
 * an ingest that never comes to use it leaves no unhandled rejection.
 */
export async function readAhead(
  library: Library,
  pool: ReadPool,
  input: ArticleInput,
): Promise<{ read?: Promise<ReadArticle> }> {
  if (await library.isStored(input)) return {};
  const read = pool.read(toArticle(input));
  read.catch(() => {});
  // Wrapped: an async function would wait for a promise it returned.
  return { read };
}

/**
 * `size` worker threads that read articles for ingest (analysis, story features, signature: the
 * CPU-heavy, store-free step), so a batch or a worker uses every core while placing and saving stay
 * serial on the calling thread. Each article goes to the thread with the fewest waiting; a thread
 * that dies fails its articles and is replaced on the next one. Threads keep the process alive only
 * while they have work.
 */
export class ReadPool {
  readonly #entry = new URL(`./read-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  readonly #threads: (Thread | null)[];
  #ids = 0;

  constructor(readonly size: number) {
    this.#threads = Array.from({ length: Math.max(1, size) }, () => null);
  }

  /** Reads `article` on a thread. */
  read(article: Article): Promise<ReadArticle> {
    const index = this.#leastBusy();
    const thread = this.#threads[index] ?? this.#start(index);
    const id = ++this.#ids;
    return new Promise<ReadArticle>((resolve, reject) => {
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, article });
    });
  }

  /** Terminates the threads; what they still had fails. */
  async close(): Promise<void> {
    const threads = [...this.#threads];
    this.#threads.fill(null);
    await Promise.all(threads.map((t) => t?.worker.terminate()));
  }

  #leastBusy(): number {
    let best = 0;
    for (let i = 1; i < this.#threads.length; i++) {
      if ((this.#threads[i]?.pending.size ?? 0) < (this.#threads[best]?.pending.size ?? 0)) best = i;
    }
    return best;
  }

  #start(index: number): Thread {
    const thread: Thread = { worker: spawnThread(this.#entry), pending: new Map() };
    thread.worker.on('message', (answer: ReadAnswer) => {
      const waiting = thread.pending.get(answer.id);
      if (!waiting) return;
      thread.pending.delete(answer.id);
      if (thread.pending.size === 0) thread.worker.unref();
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(new Error(answer.error));
    });
    const lost = (err: Error) => {
      if (this.#threads[index] === thread) this.#threads[index] = null;
      for (const waiting of thread.pending.values()) waiting.reject(err);
      thread.pending.clear();
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', (code) => lost(new Error(`analysis thread exited with code ${code}`)));
    thread.worker.unref();
    this.#threads[index] = thread;
    return thread;
  }
}
