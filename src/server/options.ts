import { POOL_DEFAULTS, type PoolOptions } from './pool.js';

/** Options of `createApp`; defaults in `SERVER_DEFAULTS`. */
export interface ServerOptions {
  /** Bearer token the CPU-heavy routes (analyze, verify) need; null for none (default). */
  token: string | null;
  /** Opens the CPU-heavy routes without a token (default false: without a token they are off). */
  allowAnalyze: boolean;
  /** Host names answered besides the loopback names (default none; '*' answers any). */
  allowedHosts: string[];
  /** Origins whose pages may call the API (CORS); default none. */
  cors: string[];
  /** Largest request body, in bytes (default 2 MB: article-sized texts). */
  maxBody: number;
  /** The analysis threads: how many, how many tasks may wait, each task's time budget. */
  pool: PoolOptions;
  /** Rendered story views kept in memory, each checked against the story's change counter (default 64). */
  cachedViews: number;
}

/** Defaults of `ServerOptions`. */
export const SERVER_DEFAULTS: Readonly<ServerOptions> = Object.freeze({
  token: null,
  allowAnalyze: false,
  allowedHosts: [],
  cors: [],
  maxBody: 2_000_000,
  pool: POOL_DEFAULTS,
  cachedViews: 64,
});
