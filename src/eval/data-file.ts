import { readFileSync } from 'node:fs';
import type { z } from 'zod';
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

/** How to read one JSONL file of an evaluation: what it is, how each line must look. */
export interface JsonlSpec<T> {
  /** What the file is, as a user would name it ("the speaker gold"). */
  what: string;
  /** What to pass instead when the file cannot be read. */
  hint: string;
  /** The shape of one line. */
  schema: z.ZodType<T>;
  /** What one line should be, for the error ("a speaker gold line"). */
  line: string;
  /** Where the line format is described, said when a line does not fit. */
  format: string;
}

/**
 * Every non-blank line of a JSONL file, parsed and validated. A line that is not JSON or does not
 * fit the schema is an InputError naming its number and the field at fault; an empty file is one
 * too, since every evaluation needs at least one line.
 */
export function readJsonlFile<T>(path: string, spec: JsonlSpec<T>): T[] {
  const raw = readDataFile(path, spec.what, spec.hint);
  const rows: T[] = [];
  for (const [n, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`line ${n + 1} is not JSON`, 'the file holds one JSON object per line', path);
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new InputError(`line ${n + 1} is not ${spec.line}: ${field}${issue?.message}`, spec.format, path);
    }
    rows.push(parsed.data);
  }
  if (rows.length === 0) throw new InputError(`${spec.what} has no lines`, 'pass a non-empty file', path);
  return rows;
}
