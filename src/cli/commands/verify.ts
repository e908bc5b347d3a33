import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { decodeText, readInputs } from '../../ingest/index.js';
import type { Library } from '../../library/index.js';
import type { Analysis, VerifyReport } from '../../model/index.js';
import { summaryLine } from '../../verify/index.js';
import { print, printJson, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('check a draft against its sources')
    .description(
      'check a draft (Markdown, text or HTML) against its sources: every quote, figure and attributed ' +
        'claim is supported, altered, unsupported or contradicted; exit code 0 only when all are supported',
    )
    .argument('<draft>', 'the draft file')
    .option('--story <id>', 'check against the articles of a stored story')
    .option('--sources <files...>', 'check against these article files instead')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      examples(
        'dossier verify draft.md --story story-b306609c9f549335',
        'dossier verify draft.md --sources examples/north-korea/nyt-like-austin.html examples/north-korea/ap-like-spy-chief.html',
        'dossier verify draft.md --story story-b306609c9f549335 --json',
      ),
    )
    .action(
      async (
        draftPath: string,
        opts: { story?: string; sources?: string[]; json?: boolean },
        command: Command,
      ) => {
        if (!opts.story && !opts.sources?.length) {
          throw new InputError('no sources given', 'pass --story ID or --sources FILE...', draftPath);
        }
        const draft = readDraft(draftPath);
        await withLibrary(command, async (library) => {
          const report = library.verify(draft, await sourcesOf(library, opts));
          if (opts.json) printJson(report);
          else printReport(report);
          if (report.items.some((i) => i.verdict !== 'supported')) process.exitCode = 1;
        });
      },
    );
}

/** The analyses to check against: a stored story's articles, then the given files. */
async function sourcesOf(
  library: Library,
  opts: { story?: string; sources?: string[] },
): Promise<Analysis[]> {
  const sources: Analysis[] = [];
  if (opts.story) sources.push(...(await library.storyWithAnalyses(opts.story)).analyses);
  for await (const item of readInputs(opts.sources ?? [])) {
    if (!item.ok) throw item.error;
    sources.push(library.analyze(item.input));
  }
  return sources;
}

/** One line per item (verdict, kind, text), its note and the source wording where it differs, then the summary. */
function printReport(report: VerifyReport): void {
  for (const item of report.items) {
    print(`${item.verdict.toUpperCase().padEnd(12)} ${item.kind.padEnd(6)} “${item.text}”`);
    if (item.note) print(`             ${item.note}`);
    if (item.source && item.verdict !== 'supported') print(`             source: “${item.source.text}”`);
  }
  print(summaryLine(report));
}

function readDraft(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(
      `cannot read the draft (${(err as NodeJS.ErrnoException).code})`,
      'check the path',
      path,
    );
  }
  return decodeText(bytes, path);
}
