import type { Command } from 'commander';
import { isoDay } from '../../util/format.js';
import { noteCut, positiveInteger, print, printJson, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles (any words; no query syntax needed)')
    .argument('<query...>', 'words to look for')
    .option('--limit <n>', 'how many hits', '20')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'dossier search north korean troops',
        'dossier search \'"very serious"\' --limit 5',
        'dossier search kursk --json',
      ),
    )
    .action(async (words: string[], opts: { limit: string; json?: boolean }, command: Command) => {
      const limit = positiveInteger(opts.limit, '--limit', 1000);
      await withLibrary(command, async (library) => {
        const hits = await library.store.search(words.join(' '), { limit });
        noteCut(hits.length, limit, 'hits');
        if (opts.json) return printJson(hits);
        if (hits.length === 0) return print(`no article matches "${words.join(' ')}"`);
        for (const h of hits)
          print([
            `${h.articleId}  ${isoDay(h.published)}  ${h.outlet ?? '—'}  ${h.title}`,
            `    ${h.snippet}`,
          ]);
      });
    });
}
