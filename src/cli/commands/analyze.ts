import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import {
  type InputItem,
  parseInputFile,
  READ_DEFAULTS,
  readArticleFile,
  toArticle,
} from '../../ingest/index.js';
import type { Analysis } from '../../model/index.js';
import { analyze } from '../../nlp/index.js';
import { loadResources } from '../../resources.js';
import { jsonSafe, print, printError, printJson, shownQuote } from '../context.js';
import { examples } from '../help.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'analyse an article file (text, HTML or JSON; every line of a JSONL file; - reads stdin) and print its entities, quotes, figures, claims and dates',
    )
    .argument(
      '<file>',
      'a .txt (first line may be the title), .html, .json {url,title,outlet,published,text} or .jsonl file, or - for stdin',
    )
    .option('--json', 'print the JSON contract (one JSON line per article when there are several)')
    .addHelpText(
      'after',
      examples(
        'dossier analyze examples/north-korea/nyt-like-austin.html',
        'dossier analyze draft.txt --json > analysis.json',
        'dossier analyze articles.jsonl --json > analyses.jsonl',
        'dossier analyze - < story.html     # - reads stdin',
      ),
    )
    .action((file: string, opts: { json?: boolean }) => {
      const items = readInputs(file);
      const resources = loadResources();
      let analysed = 0;
      for (const item of items) {
        if (!item.ok) {
          printError(`skipped: ${item.error.message}\n  ${item.error.hint}`);
          continue;
        }
        const analysis = analyze(toArticle(item.input), resources);
        analysed++;
        if (opts.json && items.length > 1) print(jsonSafe(JSON.stringify(analysis)));
        else if (opts.json) printJson(analysis);
        else print([...(analysed > 1 ? [''] : []), ...summary(analysis)]);
      }
      if (analysed === 0) throw new InputError('no article could be read', 'fix the input named above', file);
    });
}

/** The articles of a file, or of stdin for `-` (a JSONL stream when every line is a JSON object). */
function readInputs(file: string): InputItem[] {
  if (file !== '-') {
    // One article files keep readArticleFile's checks (size, binary, errors naming the file).
    if (!/\.(jsonl|ndjson)$/i.test(file)) return [{ ok: true, input: readArticleFile(file) }];
    try {
      return parseInputFile(file, readFileSync(file));
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(
        `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        'check the path',
        file,
      );
    }
  }
  const bytes = readFileSync(0);
  if (bytes.length > READ_DEFAULTS.maxFileBytes)
    throw new InputError(
      `stdin is larger than ${READ_DEFAULTS.maxFileBytes} bytes`,
      'give a smaller article, or split it',
      'stdin',
    );
  const lines = bytes
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim());
  const jsonl = lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l));
  return parseInputFile(jsonl ? 'stdin.jsonl' : 'stdin', bytes);
}

/** A readable summary of one analysis: reported speech without quotation marks, split quotes part by part. */
function summary(analysis: Analysis): string[] {
  const { article, entities, quotes, figures, claims, dates } = analysis;
  const out = [`${article.title}${article.outlet ? ` — ${article.outlet}` : ''}`];
  out.push(`entities (${entities.length}): ${entities.map((e) => `${e.name} [${e.type}]`).join(', ')}`);
  out.push(`quotes (${quotes.length}):`);
  for (const q of quotes) {
    const parts = q.fragments?.map((f) => article.text.slice(f.start, f.end));
    out.push(`  ${q.kind.padEnd(8)} ${q.speaker?.name ?? '?'}: ${shownQuote(q.text, q.kind, parts)}`);
  }
  out.push(`figures (${figures.length}):`);
  for (const f of figures)
    out.push(
      `  ${f.text} = ${f.value} ${f.qualifier}${f.increment ? ' +' : ''} ${f.subject ?? ''} (${f.claimant ?? '?'})`,
    );
  out.push(`claims (${claims.length}):`);
  for (const c of claims) out.push(`  ${c.claimant ?? '?'} ${c.stance}: ${c.text}`);
  out.push(`dates (${dates.length}): ${dates.map((d) => `${d.text} → ${d.value}`).join(', ')}`);
  return out;
}
