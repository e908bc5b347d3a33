import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { decodeText, readInputs } from '../../ingest/index.js';
import type { Library } from '../../library/index.js';
import type { Analysis, VerifyReport } from '../../model/index.js';
import { MAX_DRAFT_CHARS, summaryLine } from '../../verify/index.js';
import { print, printJson, withLibrary } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { examples } from '../help.js';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('check a draft against its sources')
    .description(
      'check a draft (Markdown, text or HTML) against its sources: every sentence of every quotation ' +
        '(same words, same speaker), every figure (as written: exact, approximate, increment, unit), every ' +
        'attributed claim (same claimant, same commitment, same content) and every sentence copied with a ' +
        'name, a stance or a negation changed is supported, altered, unsupported or contradicted. ' +
        "A brief's own apparatus (citation markers, headings, its source list) is not checked as claims.\n\n" +
        `Bounds: the draft is at most ${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters (a 2 MB draft takes ` +
        'about half a minute); a longer one is refused. Sources must be articles (an empty, binary or ' +
        'text-less file is refused). Scripts and styles of an HTML draft are never read.',
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
          if (report.items.some((i) => i.verdict !== 'supported')) process.exitCode = EXIT.findings;
        });
      },
    );
}

/** The analyses to check against: a stored story's articles (and earlier versions), then the given files. */
async function sourcesOf(
  library: Library,
  opts: { story?: string; sources?: string[] },
): Promise<Analysis[]> {
  const sources: Analysis[] = [];
  if (opts.story) sources.push(...(await library.verifySources(opts.story)));
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
    // A file far past the bound is refused before it is read into memory (UTF-8: at most 4 bytes a character).
    if (statSync(path).size > 4 * MAX_DRAFT_CHARS) {
      throw new InputError(
        `the draft is larger than ${(4 * MAX_DRAFT_CHARS).toLocaleString('en-US')} bytes`,
        'split the draft and check each part against the same sources',
        path,
      );
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `cannot read the draft (${(err as NodeJS.ErrnoException).code})`,
      'check the path',
      path,
    );
  }
  return decodeText(bytes, path);
}
