import type { Command } from 'commander';
import { isoDay } from '../../util/format.js';
import {
  noteCut,
  paint,
  positiveInteger,
  print,
  printJson,
  printStyled,
  terminalSafe,
  withLibrary,
} from '../context.js';
import { examples } from '../help.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list the stories found so far, largest first')
    .option('--since <date>', 'only stories with an article published on or after this date (YYYY-MM-DD)')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('dossier stories', 'dossier stories --since 2024-10-21 --limit 10', 'dossier stories --json'),
    )
    .action(async (opts: { since?: string; limit: string; json?: boolean }, command: Command) => {
      const limit = positiveInteger(opts.limit, '--limit', 10_000);
      await withLibrary(command, async (library) => {
        const stories = await library.store.listStories({
          since: opts.since,
          limit,
        });
        noteCut(stories.length, limit, 'stories');
        if (opts.json) return printJson(stories);
        if (stories.length === 0) return print('no stories yet: run `dossier ingest PATH`');
        for (const s of stories) {
          // Titles, outlets and names come from articles: made safe before the only escape, paint's, is added.
          const head = `${s.articleIds.length} article${s.articleIds.length === 1 ? '' : 's'}  ${isoDay(s.first)} → ${isoDay(s.last)}  ${s.title}`;
          const tail = `    outlets: ${s.outlets.join(', ') || '—'}${s.keyEntities.length ? `   entities: ${s.keyEntities.slice(0, 6).join(', ')}` : ''}`;
          printStyled([`${paint(s.id, 'dim')}  ${terminalSafe(head)}`, terminalSafe(tail)]);
        }
      });
    });
}
