import type { Command } from 'commander';
import { paint, print, printJson, printStyled, shownQuote, terminalSafe, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .summary('stored quotes by speaker across outlets')
    .description(
      'list stored quotes by speaker, with outlet and date; the same quote carried by several ' +
        'outlets is shown once, with each differing wording',
    )
    .option('--speaker <name>', 'only speakers whose name contains this (case-insensitive)')
    .option('--story <id>', 'only the quotes of one story')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'dossier quotes --story story-b306609c9f549335',
        'dossier quotes --speaker austin',
        'dossier quotes --json --speaker zelensky',
      ),
    )
    .action(async (opts: { speaker?: string; story?: string; json?: boolean }, command: Command) => {
      await withLibrary(command, async (library) => {
        const speakers = await library.quotes({ storyId: opts.story, speaker: opts.speaker });
        if (opts.json) return printJson(speakers);
        if (speakers.length === 0) return print('no quotes found');
        for (const s of speakers) {
          printStyled([paint(terminalSafe(s.speaker), 'bold')]);
          for (const q of s.quotes) {
            const where = q.occurrences.map(
              (o) => `${o.outlet ?? '?'}, ${o.date?.slice(0, 10) ?? 'undated'}`,
            );
            const reported = q.occurrences.every((o) => o.kind === 'indirect');
            print(`  ${shownQuote(q.text, reported ? 'indirect' : 'direct')}`);
            print(`      ${[...new Set(where)].join('; ')}`);
            for (const v of q.variants)
              print(`      ${v.occurrence.outlet ?? '?'} has: ${v.differences.join('; ')}`);
          }
        }
      });
    });
}
