import type { Command } from 'commander';
import { defaultJobs, ingestBatch } from '../../library/index.js';
import { jobsFlag, positiveInteger, print, printError, withLibrary } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { examples } from '../help.js';
import { progressBar } from '../progress.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .summary('ingest files, folders, feeds and URLs')
    .description(
      'read articles from files, folders, feeds and URLs, analyse them and store them; ' +
        'an article seen before is not stored again, a changed one is kept as a new version',
    )
    .argument(
      '<targets...>',
      'files (.txt .md .html .json .jsonl .xml/.rss/.atom feeds), folders, or http(s) URLs',
    )
    .option('--queue', 'queue the articles for `dossier worker` processes instead of ingesting here')
    .option(
      '--allow-private',
      'allow fetching from private and loopback addresses (off: fetched URLs are hostile input)',
    )
    .option(
      '--jobs <n>',
      'threads that analyse articles (placing and saving stay in input order, so any number stores the same)',
      String(defaultJobs()),
    )
    .option('--max-feed-items <n>', 'most items read from one feed (more are left out, with a warning)', '50')
    .addHelpText(
      'after',
      examples(
        'dossier ingest examples/',
        'dossier ingest --jobs 4 archive/',
        'dossier ingest https://example.org/feed.xml',
        'DOSSIER_DB=postgres://localhost/news dossier ingest --queue archive/',
      ),
    )
    .action(
      async (
        targets: string[],
        opts: { queue?: boolean; allowPrivate?: boolean; maxFeedItems: string; jobs: string },
        command: Command,
      ) => {
        await withLibrary(command, async (library) => {
          const bar = progressBar('ingest');
          const summary = await ingestBatch(library, targets, {
            queue: opts.queue ?? false,
            jobs: jobsFlag(opts.jobs),
            fetch: {
              allowPrivate: opts.allowPrivate ?? false,
              maxFeedItems: positiveInteger(opts.maxFeedItems, '--max-feed-items'),
            },
            progress: bar.update,
            onError: (error) => printError(`\nerror: ${error.message}\n  ${error.hint}`),
            onWarning: (w) => printError(`\nwarning: ${w.input}: ${w.message}\n  ${w.hint}`),
          });
          bar.stop();
          const stored = summary.new + summary.revision + summary.queued;
          print(
            opts.queue
              ? `queued ${summary.queued} articles for workers; ${failed(summary.errors.length)}${warned(summary.warnings.length)}`
              : `ingested: ${summary.new} new, ${summary.revision} revised, ${summary.unchanged} already stored; ${failed(summary.errors.length)}${warned(summary.warnings.length)}`,
          );
          // The whole command failed only when nothing could be read; partial failures are reported above.
          if (summary.errors.length > 0 && stored + summary.unchanged === 0) process.exitCode = EXIT.findings;
        });
      },
    );
}

function failed(n: number): string {
  return `${n} input${n === 1 ? '' : 's'} failed`;
}

function warned(n: number): string {
  return n === 0 ? '' : `; ${n} warning${n === 1 ? '' : 's'} (something was cut, see above)`;
}
