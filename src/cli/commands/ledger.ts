import type { Command } from 'commander';
import { print, printJson, withLibrary } from '../context.js';
import { examples } from '../help.js';
import { ledgerToText } from '../ledger-text.js';

export function registerLedger(program: Command): void {
  program
    .command('ledger')
    .summary('figures, claims and quotes of a story, reconciled')
    .description(
      'reconcile what the sources of a story say: figures grouped by what they count and labelled ' +
        '(agreeing, conflicting, increment, revised, single-source), the claims matrix, quotes by speaker',
    )
    .argument('<story>', 'story id (see `dossier stories`)')
    .option('--json', 'print JSON')
    .option('--conflicts', 'print only the figure groups whose sources disagree')
    .option('--all', 'list every single-source figure with its source instead of folding them')
    .addHelpText(
      'after',
      examples(
        'dossier ledger story-b306609c9f549335',
        'dossier ledger story-b306609c9f549335 --conflicts',
        'dossier ledger story-b306609c9f549335 --json > ledger.json',
      ),
    )
    .action(
      async (
        storyId: string,
        opts: { json?: boolean; conflicts?: boolean; all?: boolean },
        command: Command,
      ) => {
        await withLibrary(command, async (library) => {
          const ledger = await library.ledger(storyId);
          const figures = opts.conflicts
            ? ledger.figures.filter((g) => g.label === 'conflicting')
            : ledger.figures;
          if (opts.json) printJson(opts.conflicts ? { ...ledger, figures } : ledger);
          else print(ledgerToText(ledger, opts));
        });
      },
    );
}
