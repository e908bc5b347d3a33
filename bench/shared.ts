import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');

/**
 * A file of the workspace's shared data (`../shared` beside the repository; never copied into it).
 * The benches measure on it; without it they stop here, saying which file is missing and why.
 */
export function sharedFile(path: string): string {
  const full = resolve(REPO, '..', 'shared', path);
  if (!existsSync(full)) {
    process.stderr.write(
      `bench: needs ${relative(REPO, full)}: the workspace's shared data, not in the repository. ` +
        'Run the bench in a checkout that has ../shared beside it.\n',
    );
    process.exit(2);
  }
  return full;
}
