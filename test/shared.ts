// The workspace's shared folder beside the repository holds the reference article and the data
// sets; they are never copied into the repository. Tests that need them skip, saying what is
// missing, so a clone outside this workspace runs the rest of the suite.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `../shared` beside the repository. */
export const SHARED = resolve(repoRoot, '..', 'shared');

/** The synthesized multi-source article Dossier must analyse and verify. */
export const SEED_PATH = resolve(SHARED, 'reference', 'seed-article.txt');

/**
 * Options for a test or suite that needs files under `../shared`: `skip` is false when they are all
 * there, else a message naming what is missing (node:test prints it beside the test).
 */
export function needsShared(...paths: string[]): { skip: string | false } {
  const missing = paths.filter((path) => !existsSync(path)).map((path) => relative(repoRoot, path));
  if (missing.length === 0) return { skip: false };
  return { skip: `needs ${missing.join(', ')}: the workspace's shared data, not in the repository` };
}

/** A text file under `../shared`, or '' when it is absent (the tests that use it skip by `needsShared`). */
export function readShared(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
