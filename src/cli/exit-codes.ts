import { InputError, NotFoundError } from '../errors.js';

/**
 * The exit codes every `dossier` command shares, in one place (also printed by `dossier --help`
 * and listed in the README).
 */
export const EXIT = {
  /** Success; for `verify`, every item is supported. */
  ok: 0,
  /** The command ran and what it found needs attention: `verify`, an item not supported; `ingest`, no input could be stored. */
  findings: 1,
  /** Usage error: an unknown command or option, a missing or invalid argument, an unreadable or unusable input file, an unknown id. */
  usage: 2,
  /** Runtime error: the command could not do its work (the database, a model file, an unexpected failure). */
  runtime: 3,
} as const;

/** The exit codes as `--help` shows them (unindented: the indented lines of a help are its examples). */
export const EXIT_HELP = `Exit codes (every command):
0 success; for verify, every item supported
1 findings: verify found items not supported; ingest could store no input
2 usage error: bad command, option or argument, unreadable input, unknown id
3 runtime error: database, model file or unexpected failure`;

/** The exit code for an error that ended a command: the user's input at fault, or the run. */
export function exitCodeOf(err: unknown): number {
  return err instanceof InputError || err instanceof NotFoundError ? EXIT.usage : EXIT.runtime;
}
