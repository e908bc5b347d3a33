import type { InputError, InputWarning } from '../errors.js';
import { type FetchOptions, fetchInputs, type InputItem, readInputs } from '../ingest/index.js';
import type { ArticleInput } from '../model/index.js';
import type { IngestOutcome, Library } from './library.js';
import { ReadPool, readAhead } from './read-pool.js';
import { enqueueIngest } from './worker.js';

/** What a batch ingest did, for the summary line and the exit code. */
export interface BatchSummary {
  new: number;
  revision: number;
  unchanged: number;
  queued: number;
  errors: InputError[];
  /** What was cut on the way in (a feed at its item limit, a body at its size limit), and links the entity registry refused. */
  warnings: InputWarning[];
  outcomes: IngestOutcome[];
}

/** Options of `ingestBatch`; defaults in `BATCH_DEFAULTS`. */
export interface BatchOptions {
  /** Queue the inputs for workers instead of ingesting them here (default false). */
  queue: boolean;
  /**
   * Threads that analyse articles (default 1: on the calling thread). Placing and saving stay serial
   * in input order whatever the number, so every value stores the same.
   */
  jobs: number;
  /** Options for fetching URLs (robots.txt, limits, private addresses). */
  fetch: Partial<FetchOptions>;
  /** Called after each file or URL with (done, total); a no-op by default. */
  progress: (done: number, total: number) => void;
  /** Called with each bad input as it is met; a no-op by default. */
  onError: (error: InputError) => void;
  /** Called with each warning (something cut on the way in) as it is met; a no-op by default. */
  onWarning: (warning: InputWarning) => void;
}

/** Defaults of `BatchOptions`. */
export const BATCH_DEFAULTS: BatchOptions = {
  queue: false,
  jobs: 1,
  fetch: {},
  progress: () => {},
  onError: () => {},
  onWarning: () => {},
};

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Articles read ahead of the one being placed, per thread: enough to keep every thread busy. */
const READ_AHEAD = 4;

/**
 * Ingests files, folders and URLs. Each article is stored in its own transaction, so a bad input or
 * a crash loses only the article in hand; bad inputs are collected and the rest of the batch goes on.
 */
export async function ingestBatch(
  library: Library,
  targets: string[],
  options: Partial<BatchOptions> = {},
): Promise<BatchSummary> {
  const opts = { ...BATCH_DEFAULTS, ...options };
  const summary: BatchSummary = {
    new: 0,
    revision: 0,
    unchanged: 0,
    queued: 0,
    errors: [],
    warnings: [],
    outcomes: [],
  };
  const warn = (warning: InputWarning) => {
    summary.warnings.push(warning);
    opts.onWarning(warning);
  };
  const urls = targets.filter(isUrl);
  const paths = targets.filter((t) => !isUrl(t));
  const ingest = ordered(library, opts.queue ? 1 : opts.jobs, (input, outcome) => {
    summary[outcome.status]++;
    for (const message of outcome.warnings ?? [])
      warn({
        input: input.url ?? outcome.articleId,
        message: `entity registry: ${message}`,
        hint: 'the article is stored; only the refused link or merge is left out',
      });
    summary.outcomes.push(outcome);
  });
  const take = async (item: InputItem) => {
    if (!item.ok) {
      summary.errors.push(item.error);
      opts.onError(item.error);
      return;
    }
    if (opts.queue) {
      await enqueueIngest(library, item.input);
      summary.queued++;
      return;
    }
    await ingest.add(item.input);
  };
  try {
    if (paths.length > 0) {
      for await (const item of readInputs(paths, { progress: opts.progress })) await take(item);
    }
    for (const [i, url] of urls.entries()) {
      for (const item of await fetchInputs(url, { ...opts.fetch, warn })) await take(item);
      opts.progress(i + 1, urls.length);
    }
    await ingest.drain();
  } finally {
    await ingest.close();
  }
  return summary;
}

/**
 * Ingests inputs one after another in the order added, each article analysed ahead on a pool of
 * `jobs` threads (none when 1), at most READ_AHEAD per thread waiting to be placed. `add` resolves
 * once the input is under way; an ingest's error surfaces from a later `add` or from `drain`.
 */
function ordered(
  library: Library,
  jobs: number,
  done: (input: ArticleInput, outcome: IngestOutcome) => void,
) {
  const pool = jobs > 1 ? new ReadPool(jobs) : null;
  const waiting: Promise<void>[] = [];
  let tail: Promise<void> = Promise.resolve();
  return {
    async add(input: ArticleInput): Promise<void> {
      if (!pool) return done(input, await library.ingest(input));
      const { read } = await readAhead(library, pool, input);
      tail = tail.then(async () => done(input, await library.ingest(input, read)));
      // Marked handled here; the error still reaches whoever awaits it below.
      tail.catch(() => {});
      waiting.push(tail);
      if (waiting.length >= READ_AHEAD * jobs) await waiting.shift();
    },
    async drain(): Promise<void> {
      await tail;
    },
    close: () => pool?.close(),
  };
}
