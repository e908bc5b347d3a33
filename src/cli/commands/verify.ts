import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { decodeText, readInputs } from '../../ingest/index.js';
import type { Analysis } from '../../model/index.js';
import { summaryLine } from '../../verify/index.js';
import { print, printJson, withLibrary } from '../context.js';

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
          const sources: Analysis[] = [];
          if (opts.story) sources.push(...(await library.storyWithAnalyses(opts.story)).analyses);
          for await (const item of readInputs(opts.sources ?? [])) {
            if (!item.ok) throw item.error;
            sources.push(library.analyze(item.input));
          }
          const report = library.verify(draft, sources);
          if (opts.json) printJson(report);
          else {
            for (const item of report.items) {
              print(`${item.verdict.toUpperCase().padEnd(12)} ${item.kind.padEnd(6)} “${item.text}”`);
              if (item.note) print(`             ${item.note}`);
              if (item.source && item.verdict !== 'supported')
                print(`             source: “${item.source.text}”`);
            }
            print(summaryLine(report));
          }
          if (report.items.some((i) => i.verdict !== 'supported')) process.exitCode = 1;
        });
      },
    );
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
