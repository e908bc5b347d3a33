import type { Command } from 'commander';
import { isoDay } from '../../util/format.js';
import { noteCut, positiveInteger, print, printJson, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles, newest first')
    .option('--limit <n>', 'how many', '50')
    .option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)')
    .option('--story <id>', 'only the articles of one story')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'dossier articles --limit 20',
        'dossier articles --since 2024-10-21 --story story-b306609c9f549335',
        "dossier articles --json | jq '.[0]'",
      ),
    )
    .action(
      async (opts: { limit: string; since?: string; story?: string; json?: boolean }, command: Command) => {
        const limit = positiveInteger(opts.limit, '--limit', 10_000);
        await withLibrary(command, async (library) => {
          const rows = await library.store.listArticles({
            limit,
            since: opts.since,
            storyId: opts.story,
          });
          noteCut(rows.length, limit, 'articles');
          if (opts.json) return printJson(rows);
          if (rows.length === 0) return print('no articles stored yet: run `dossier ingest PATH`');
          print(
            rows.map(
              (a) =>
                `${a.id}  ${isoDay(a.published)}  ${(a.outlet ?? '—').padEnd(22).slice(0, 22)}  ${a.title}` +
                `${a.version > 1 ? `  (v${a.version})` : ''}${a.duplicateOf ? `  (copy of ${a.duplicateOf})` : ''}`,
            ),
          );
        });
      },
    );
}
