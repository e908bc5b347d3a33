import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { Library } from '../library/index.js';
import { resolveStoreLocation } from '../store/index.js';

/**
 * Opens the library at the program's `--db` (or $DOSSIER_DB, or ./dossier.db), runs `work`, closes it.
 * A `--db` file that does not exist is a usage error unless `--create`: a mistyped path must not
 * quietly start a new, empty database (and its folder). The default database is created as before.
 */
export async function withLibrary<T>(command: Command, work: (library: Library) => Promise<T>): Promise<T> {
  const { db, create } = command.optsWithGlobals<{ db?: string; create?: boolean }>();
  checkDbExists(db, create ?? false);
  const library = await Library.open(resolveStoreLocation(db));
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/** Throws when `--db` names a SQLite file that is not there and `--create` was not given. */
export function checkDbExists(db: string | undefined, create: boolean): void {
  const path = db?.trim();
  if (!path || create || /^postgres(ql)?:\/\//i.test(path) || existsSync(path)) return;
  throw new InputError(
    'no database at this path',
    'check the path, or add --create to make a new database there',
    path,
  );
}

/**
 * Characters a terminal acts on rather than shows: C0 controls but tab and newline, DEL, C1
 * controls (0x9B is CSI), and the bidirectional overrides that reorder what is shown. An ESC in a
 * title can clear the screen, set the window title, or hide a link (OSC 8).
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from articles, feeds and file names made safe to print: each control character becomes a
 * visible escape (`\x1B`, `\u202E`), so nothing printed can drive the terminal. Every line the CLI
 * writes goes through it (`print`, `printJson`, `printError`).
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    const hex = code.toString(16).toUpperCase();
    return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/** Writes lines to stdout, control characters made visible. */
export function print(lines: string | string[]): void {
  const text = terminalSafe(Array.isArray(lines) ? lines.join('\n') : lines);
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Writes a value as pretty JSON to stdout. JSON.stringify escapes C0 controls but not DEL, C1 or
 * bidi controls; those are written as \u escapes, which parse back to the same value.
 */
export function printJson(value: unknown): void {
  process.stdout.write(`${jsonSafe(JSON.stringify(value, null, 2))}\n`);
}

/** JSON text with every terminal control written as a \u escape: the same JSON value, safe to print. */
export function jsonSafe(json: string): string {
  return json.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes a message to stderr (an error, a warning, a note), control characters made visible. */
export function printError(message: string): void {
  process.stderr.write(terminalSafe(message.endsWith('\n') ? message : `${message}\n`));
}

/** A flag's value as a whole number from 1 to `max`; an InputError naming the flag otherwise. */
export function positiveInteger(value: string, flag: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > max) {
    throw new InputError(
      `${flag} must be a whole number from 1 to ${max} (got "${value}")`,
      `e.g. ${flag} 50`,
    );
  }
  return n;
}

/** `--jobs`: threads from 1 to 64 (more only queue behind the cores; a typo like 400 is refused). */
export function jobsFlag(value: string): number {
  return positiveInteger(value, '--jobs', 64);
}

/** Tells (on stderr, so JSON on stdout stays whole) that a listing stopped at its limit. */
export function noteCut(shown: number, limit: number, what: string): void {
  if (shown >= limit) printError(`(showing the first ${limit} ${what}; use --limit N for more)`);
}

/**
 * A quote as the CLI prints it: verbatim words in quotation marks (each part of a split quote in its
 * own, joined by "…"); reported speech is a paraphrase, so it gets none, only a "reported:" tag.
 */
export function shownQuote(text: string, kind: string, parts?: readonly string[]): string {
  if (kind === 'indirect') return `reported: ${text}`;
  return (parts && parts.length > 1 ? parts : [text]).map((p) => `“${p}”`).join(' … ');
}

/** Whether to colour output: only on a terminal, never when NO_COLOR is set to anything (no-color.org). */
export function colourOn(
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33' } as const;

/**
 * `text` in an SGR style when `on` (default: colourOn()). Printed through `print`, whose control
 * filter would show the ESC; so styled lines are written with `printStyled`.
 */
export function paint(text: string, style: keyof typeof SGR, on = colourOn()): string {
  return on ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
}

/** Writes lines whose own text is already terminal-safe and whose only escapes are `paint`'s. */
export function printStyled(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}
