#!/usr/bin/env node
import { DossierError } from '../errors.js';
import { printError } from './context.js';
import { createProgram } from './program.js';

const program = createProgram();

// `dossier … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof DossierError) {
    printError(`dossier: ${err.message}\n  ${err.hint}`);
  } else {
    printError(`dossier: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  }
  process.exitCode = 2;
});
