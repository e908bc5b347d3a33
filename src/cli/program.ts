import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { terminalSafe } from './context.js';
import { EXIT, EXIT_HELP } from './exit-codes.js';
import { examples } from './help.js';

/** The `dossier` command with every subcommand registered (main.ts parses the process's arguments with it). */
export function createProgram(): Command {
  const program = new Command('dossier')
    .description(
      'Dossier reads the coverage of a developing story and tells who said what, which figures are ' +
        'claimed by whom, where sources conflict, and writes a cited multi-source brief.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--db <path>', 'database file (SQLite) or postgres:// URL; default $DOSSIER_DB or ./dossier.db')
    .option(
      '--create',
      'create the --db file when it does not exist (a mistyped path is an error without it)',
    )
    .showHelpAfterError('(run with --help for usage)')
    // Usage errors echo what was typed; set before the commands are added, which inherit it.
    .configureOutput({
      writeOut: (text) => process.stdout.write(terminalSafe(text)),
      writeErr: (text) => process.stderr.write(terminalSafe(text)),
    })
    .addHelpText(
      'after',
      examples(
        'dossier ingest examples/',
        'dossier stories',
        'dossier brief story-b306609c9f549335',
        'dossier help verify        # every command has --help with examples',
      ),
    )
    .addHelpText('after', `\n${EXIT_HELP}`)
    // Commander's own errors (unknown option, missing argument) are usage errors: exit 2, not its 1.
    .exitOverride((err) => {
      throw err.exitCode === 0 ? err : new CommanderError(EXIT.usage, err.code, err.message);
    });
  for (const register of COMMANDS) register(program);
  for (const command of program.commands) command.addHelpText('after', `\n${EXIT_HELP}`);
  return program;
}

/** The version in package.json (beside src/ when run from source, beside dist/ when built). */
function packageVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
