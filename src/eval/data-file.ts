import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * The text of an evaluation's data or gold file. A file that cannot be read (most often the shared
 * data outside this workspace) is an InputError naming it, saying what it should be (`what`, e.g.
 * "the PolNeAR file") and what to pass instead (`hint`).
 */
export function readDataFile(path: string, what: string, hint: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new InputError(`cannot read ${what} (${reason})`, hint, path);
  }
}
