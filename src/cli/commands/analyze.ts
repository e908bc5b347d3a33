import type { Command } from 'commander';
import { readArticleFile, toArticle } from '../../ingest/index.js';
import { analyze } from '../../nlp/index.js';
import { loadResources } from '../../resources.js';
import { print, printJson } from '../context.js';
import { examples } from '../help.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'analyse one article file (text, HTML or JSON) and print its entities, quotes, figures, claims and dates',
    )
    .argument(
      '<file>',
      'a .txt (first line may be the title), .html or .json {url,title,outlet,published,text} file',
    )
    .option('--json', 'print the JSON contract (default: a readable summary)')
    .addHelpText(
      'after',
      examples(
        'dossier analyze examples/north-korea/nyt-like-austin.html',
        'dossier analyze draft.txt --json > analysis.json',
      ),
    )
    .action((file: string, opts: { json?: boolean }) => {
      const analysis = analyze(toArticle(readArticleFile(file)), loadResources());
      if (opts.json) {
        printJson(analysis);
        return;
      }
      const { article, entities, quotes, figures, claims, dates } = analysis;
      const out = [`${article.title}${article.outlet ? ` — ${article.outlet}` : ''}`];
      out.push(`entities (${entities.length}): ${entities.map((e) => `${e.name} [${e.type}]`).join(', ')}`);
      out.push(`quotes (${quotes.length}):`);
      for (const q of quotes) out.push(`  ${q.kind.padEnd(8)} ${q.speaker?.name ?? '?'}: “${q.text}”`);
      out.push(`figures (${figures.length}):`);
      for (const f of figures)
        out.push(
          `  ${f.text} = ${f.value} ${f.qualifier}${f.increment ? ' +' : ''} ${f.subject ?? ''} (${f.claimant ?? '?'})`,
        );
      out.push(`claims (${claims.length}):`);
      for (const c of claims) out.push(`  ${c.claimant ?? '?'} ${c.stance}: ${c.text}`);
      out.push(`dates (${dates.length}): ${dates.map((d) => `${d.text} → ${d.value}`).join(', ')}`);
      print(out);
    });
}
