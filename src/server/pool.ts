import type { Worker } from 'node:worker_threads';
import { spawnThread } from '../threads.js';
import { BusyError } from './errors.js';

/** Options of `TaskPool`; defaults in `POOL_DEFAULTS`. */
export interface PoolOptions {
  /** Worker threads at most (default 1: the CPU-heavy routes must not starve the pages). */
  size: number;
  /** Tasks waiting for a thread at most; one more is refused at once (default 4). */
  queue: number;
  /** Time a task may take from admission, queue wait included, before it is abandoned (default 30 s). */
  budgetMs: number;
}

/** Defaults of `PoolOptions`. */
export const POOL_DEFAULTS: PoolOptions = { size: 1, queue: 4, budgetMs: 30_000 };

/** A message to a pool thread and its answer. */
export interface TaskMessage<In> {
  id: number;
  task: In;
}
export type TaskAnswer<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };

interface Pending<In, Out> {
  task: In;
  deadline: number;
  resolve: (value: Out) => void;
  reject: (err: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker | null;
  running: (Pending<In, Out> & { id: number; timer: NodeJS.Timeout }) | null;
}

/**
 * A bounded pool of worker threads running one entry module: at most `size` tasks run at once, at
 * most `queue` wait, and each must finish within `budgetMs` of its admission or its thread is
 * terminated (and replaced on the next task). A full queue or a spent budget is a `BusyError`, which
 * the server answers 503 with Retry-After. Threads start on first use and never keep the process alive.
 */
export class TaskPool<In, Out> {
  readonly #entry: URL;
  readonly #options: PoolOptions;
  readonly #slots: Slot<In, Out>[];
  readonly #waiting: Pending<In, Out>[] = [];
  #ids = 0;
  /** Mean run time of recent tasks, for Retry-After. */
  #meanMs = 1000;
  #closed = false;

  constructor(entry: URL, options: Partial<PoolOptions> = {}) {
    this.#entry = entry;
    this.#options = { ...POOL_DEFAULTS, ...options };
    this.#slots = Array.from({ length: Math.max(1, this.#options.size) }, () => ({
      worker: null,
      running: null,
    }));
  }

  /** Runs `task` on a thread; rejects with BusyError when the queue is full or the budget is spent. */
  run(task: In): Promise<Out> {
    if (this.#closed) return Promise.reject(new BusyError('the server is shutting down', 5));
    return new Promise<Out>((resolve, reject) => {
      const pending = { task, deadline: Date.now() + this.#options.budgetMs, resolve, reject };
      const free = this.#slots.find((s) => !s.running);
      if (free) return this.#start(free, pending);
      if (this.#waiting.length >= this.#options.queue) {
        return reject(
          new BusyError(
            `${this.#options.size + this.#options.queue} analyses are running or waiting`,
            this.#retryAfter(),
          ),
        );
      }
      this.#waiting.push(pending);
    });
  }

  /** Terminates every thread and refuses what is waiting. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#waiting.splice(0)) p.reject(new BusyError('the server is shutting down', 5));
    await Promise.all(
      this.#slots.map(async (slot) => {
        slot.running?.reject(new BusyError('the server is shutting down', 5));
        if (slot.running) clearTimeout(slot.running.timer);
        slot.running = null;
        const worker = slot.worker;
        slot.worker = null;
        await worker?.terminate();
      }),
    );
  }

  /** Seconds a refused client should wait: the queue drained at the recent mean task time. */
  #retryAfter(): number {
    const queued = this.#waiting.length + this.#slots.length;
    return Math.max(1, Math.ceil((this.#meanMs * queued) / this.#slots.length / 1000));
  }

  #start(slot: Slot<In, Out>, pending: Pending<In, Out>): void {
    const left = pending.deadline - Date.now();
    if (left <= 0) {
      pending.reject(this.#overBudget());
      this.#next(slot);
      return;
    }
    const id = ++this.#ids;
    const started = Date.now();
    const timer = setTimeout(() => {
      // The thread may be stuck in a loop: only terminating it frees the core.
      const worker = slot.worker;
      slot.worker = null;
      slot.running = null;
      void worker?.terminate();
      pending.reject(this.#overBudget());
      this.#next(slot);
    }, left);
    slot.running = {
      ...pending,
      id,
      timer,
      resolve: (value) => {
        this.#meanMs = 0.8 * this.#meanMs + 0.2 * (Date.now() - started);
        pending.resolve(value);
      },
    };
    this.#thread(slot).postMessage({ id, task: pending.task } satisfies TaskMessage<In>);
  }

  #overBudget(): BusyError {
    return new BusyError(
      `the analysis took longer than its ${Math.round(this.#options.budgetMs / 1000)} s budget`,
      this.#retryAfter(),
    );
  }

  /** Hands the next waiting task to a slot that just became free. */
  #next(slot: Slot<In, Out>): void {
    const pending = this.#waiting.shift();
    if (pending && !this.#closed) this.#start(slot, pending);
  }

  /** The slot's thread, started when it has none. */
  #thread(slot: Slot<In, Out>): Worker {
    if (slot.worker) return slot.worker;
    const worker = spawnThread(this.#entry);
    worker.on('message', (answer: TaskAnswer<Out>) => {
      const running = slot.running;
      if (!running || running.id !== answer.id) return;
      clearTimeout(running.timer);
      slot.running = null;
      if (answer.ok) running.resolve(answer.value);
      else running.reject(new Error(answer.error));
      this.#next(slot);
    });
    const lost = (err: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const running = slot.running;
      slot.running = null;
      if (running) {
        clearTimeout(running.timer);
        running.reject(err);
      }
      this.#next(slot);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`analysis thread exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the thread's port again.
    worker.unref();
    slot.worker = worker;
    return worker;
  }
}
