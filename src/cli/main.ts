#!/usr/bin/env node
import { Command } from 'commander';
import { DossierError } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import { printError, terminalSafe } from './context.js';

const program = new Command('dossier')
  .description(
    'Dossier reads the coverage of a developing story and tells who said what, which figures are ' +
      'claimed by whom, where sources conflict, and writes a cited multi-source brief.',
  )
  .option('--db <path>', 'database file (SQLite) or postgres:// URL; default $DOSSIER_DB or ./dossier.db')
  .showHelpAfterError('(run with --help for usage)')
  // Usage errors echo what was typed; set before the commands are added, which inherit it.
  .configureOutput({
    writeOut: (text) => process.stdout.write(terminalSafe(text)),
    writeErr: (text) => process.stderr.write(terminalSafe(text)),
  });

for (const register of COMMANDS) register(program);

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
