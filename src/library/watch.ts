import type { InputError, InputWarning } from '../errors.js';
import type { FetchOptions } from '../ingest/index.js';
import type { FigureGroup } from '../ledger/index.js';
import type { Analysis } from '../model/index.js';
import type { RevisionDiff } from '../stories/revisions.js';
import { ingestBatch } from './ingest-batch.js';
import type { Library } from './library.js';

/** Something a watcher should hear about. */
export interface Alert {
  kind: 'new-story' | 'new-article' | 'revision' | 'conflict';
  storyId: string | null;
  articleId: string | null;
  message: string;
}

/** Options of `watch`; defaults in `WATCH_DEFAULTS`. */
export interface WatchOptions {
  /** Time between passes, in ms (default 15 minutes). */
  intervalMs: number;
  /** Options for fetching URLs. */
  fetch: Partial<FetchOptions>;
  /** Receives each alert as it is raised; a no-op by default. */
  onAlert: (alert: Alert) => void;
  /** Receives each bad input; a no-op by default. */
  onError: (error: InputError) => void;
  /** Receives what was cut on the way in (a feed at its item limit, a body at its size limit). */
  onWarning: (warning: InputWarning) => void;
  /**
   * Alert on what the first pass finds (default false: the first pass records a baseline, so a
   * feed's existing items are not all announced as news).
   */
  alertExisting: boolean;
  /** Stops the loop between passes. */
  signal?: AbortSignal;
}

/** Defaults of `WatchOptions`. */
export const WATCH_DEFAULTS: WatchOptions = {
  intervalMs: 15 * 60 * 1000,
  fetch: {},
  onAlert: () => {},
  onError: () => {},
  onWarning: () => {},
  alertExisting: false,
};

/**
 * One pass: ingests the targets and returns what changed. A new story, a new article in a story,
 * a revised article, and a figure group that became conflicting in a story the pass touched.
 */
export async function watchOnce(
  library: Library,
  targets: string[],
  options: Partial<WatchOptions> = {},
): Promise<Alert[]> {
  const opts = { ...WATCH_DEFAULTS, ...options };
  const known = new Set((await library.store.listStories({ limit: 10_000 })).map((s) => s.id));
  const summary = await ingestBatch(library, targets, {
    fetch: opts.fetch,
    onError: opts.onError,
    onWarning: opts.onWarning,
  });
  const alerts: Alert[] = [];
  // What this pass brought to each story: the ledger without it is the "before" of the conflict check.
  const added = new Map<string, Set<string>>();
  for (const o of summary.outcomes) {
    if (!o.storyId || o.status === 'unchanged') continue;
    const isNewStory = !known.has(o.storyId) && !added.has(o.storyId);
    added.set(o.storyId, (added.get(o.storyId) ?? new Set()).add(o.articleId));
    if (o.status === 'revision') {
      const changes = await revisionChanges(library, o.articleId, o.version);
      alerts.push({
        kind: 'revision',
        storyId: o.storyId,
        articleId: o.articleId,
        message: `revised: ${o.title} (version ${o.version})${changes.length ? `: ${changes.join('; ')}` : ': wording only'}`,
      });
    } else if (isNewStory) {
      alerts.push({
        kind: 'new-story',
        storyId: o.storyId,
        articleId: o.articleId,
        message: `new story: ${o.title}`,
      });
    } else {
      alerts.push({
        kind: 'new-article',
        storyId: o.storyId,
        articleId: o.articleId,
        message: `new in story ${o.storyId}: ${o.title}`,
      });
    }
  }
  for (const [storyId, ids] of added) {
    const { analyses } = await library.sourcesOf(storyId);
    const was = await conflictsOf(
      library,
      analyses.filter((a) => !ids.has(a.article.id)),
    );
    for (const [subject, group] of await conflictsOf(library, analyses)) {
      if (!was.has(subject)) {
        alerts.push({
          kind: 'conflict',
          storyId,
          articleId: null,
          message: `sources now disagree on ${subject} in story ${storyId}: ${valuesOf(group)}`,
        });
      }
    }
  }
  for (const a of alerts) opts.onAlert(a);
  return alerts;
}

/** Runs `watchOnce` now and every `intervalMs` until the signal aborts; returns the number of passes. */
export async function watch(
  library: Library,
  targets: string[],
  options: Partial<WatchOptions> = {},
): Promise<number> {
  const opts = { ...WATCH_DEFAULTS, ...options };
  let passes = 0;
  do {
    // Without --alert-existing, the first pass only records what is already there.
    await watchOnce(
      library,
      targets,
      passes === 0 && !opts.alertExisting ? { ...opts, onAlert: () => {} } : opts,
    );
    passes++;
    if (!opts.signal?.aborted) await sleep(opts.intervalMs, opts.signal);
  } while (!opts.signal?.aborted);
  return passes;
}

/** The conflicting figure groups among some articles of a story, by subject. */
async function conflictsOf(library: Library, analyses: Analysis[]): Promise<Map<string, FigureGroup>> {
  if (analyses.length === 0) return new Map();
  const ledger = await library.ledgerOf(analyses);
  return new Map(ledger.figures.filter((g) => g.label === 'conflicting').map((g) => [g.subject, g]));
}

/** "about 12,000 (Ukraine, The Ledger); 2,500 (Pentagon, The Herald)": each distinct value with who gave it. */
export function valuesOf(group: FigureGroup, max = 6): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of group.figures) {
    const part = `${f.text} (${f.claimant ?? 'no claimant'}, ${f.outlet ?? '?'})`;
    if (!seen.has(part)) parts.push(part);
    seen.add(part);
  }
  return parts.length > max
    ? `${parts.slice(0, max).join('; ')}; and ${parts.length - max} more`
    : parts.join('; ');
}

/** What a new version changed in figures, quotes and claims, from the diff stored with it. */
async function revisionChanges(library: Library, articleId: string, version: number): Promise<string[]> {
  const stored = (await library.store.getVersions(articleId)).find((v) => v.version === version);
  const diff = stored?.diff as unknown as RevisionDiff | null | undefined;
  if (!diff) return [];
  return [...diff.figures, ...diff.quotes, ...diff.claims].slice(0, 8).map((c) => `${c.change} ${c.note}`);
}

/** setTimeout's longest delay (about 24.8 days); a longer one overflows and fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms` (any length: long waits are chained timers) or until the signal aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const end = Date.now() + ms;
    let timer: NodeJS.Timeout;
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const wait = () => {
      const left = end - Date.now();
      if (left <= 0) return done();
      timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
    };
    signal?.addEventListener('abort', done, { once: true });
    wait();
  });
}
