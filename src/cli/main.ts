#!/usr/bin/env node
import { CommanderError } from 'commander';
import { DossierError } from '../errors.js';
import { printError } from './context.js';
import { exitCodeOf } from './exit-codes.js';
import { createProgram } from './program.js';

const program = createProgram();

// `dossier … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) {
    // Commander has printed the message and the help hint already; --help and --version end here too.
    process.exitCode = err.exitCode;
    return;
  }
  if (err instanceof DossierError) {
    printError(`dossier: ${err.message}\n  ${err.hint}`);
  } else {
    printError(`dossier: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  }
  process.exitCode = exitCodeOf(err);
});
