import type { Command } from 'commander';
import { Library } from '../library/library.js';
import { resolveStoreLocation } from '../store/open.js';

/** Opens the library at the program's `--db` (or $DOSSIER_DB, or ./dossier.db), runs `work`, closes it. */
export async function withLibrary<T>(command: Command, work: (library: Library) => Promise<T>): Promise<T> {
  const db = command.optsWithGlobals<{ db?: string }>().db;
  const library = await Library.open(resolveStoreLocation(db));
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/** Writes lines to stdout. */
export function print(lines: string | string[]): void {
  const text = Array.isArray(lines) ? lines.join('\n') : lines;
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a value as pretty JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
