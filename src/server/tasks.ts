import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, ArticleInput, VerifyReport } from '../model/index.js';
import { type PoolOptions, TaskPool } from './pool.js';

/** What the server hands its analysis threads: the CPU-heavy routes' work. */
export type ComputeTask =
  | { kind: 'analyze'; input: ArticleInput }
  | { kind: 'verify'; draft: string; sources: Analysis[] };

/** A thread's answer to a `ComputeTask`. */
export type ComputeResult = Analysis | VerifyReport;

/** The analysis threads' pool: compute.ts beside this file (.ts under tsx, .js once built). */
export function computePool(options: Partial<PoolOptions> = {}): TaskPool<ComputeTask, ComputeResult> {
  const here = fileURLToPath(import.meta.url);
  return new TaskPool(new URL(`./compute${extname(here)}`, import.meta.url), options);
}
