import type { Command } from 'commander';
import { type BriefFormat, llmConfigFromEnv, renderBrief, rewriteBrief } from '../../brief/index.js';
import { InputError } from '../../errors.js';
import { print, printError, withLibrary } from '../context.js';
import { examples } from '../help.js';

const FORMATS: readonly BriefFormat[] = ['md', 'html', 'json'];

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .summary('write the cited brief of a story')
    .description(
      'write the cited multi-source brief of a story: lead, figures and who claims them, quotes, ' +
        'confirmations and denials, context, timeline and sources; every sentence cites [n]',
    )
    .argument('<story>', 'story id (see `dossier stories`)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'md')
    .option('--rewrite', 'rewrite through the LLM at $DOSSIER_LLM_URL; shown only if it passes verify')
    .addHelpText(
      'after',
      examples(
        'dossier brief story-b306609c9f549335',
        'dossier brief story-b306609c9f549335 --format html > brief.html',
        'DOSSIER_LLM_URL=http://localhost:8000/v1 dossier brief story-b306609c9f549335 --rewrite',
      ),
    )
    .action(async (storyId: string, opts: { format: string; rewrite?: boolean }, command: Command) => {
      if (!FORMATS.includes(opts.format as BriefFormat)) {
        throw new InputError(`unknown format "${opts.format}"`, `use one of: ${FORMATS.join(', ')}`);
      }
      await withLibrary(command, async (library) => {
        const { brief, analyses } = await library.brief(storyId);
        if (!opts.rewrite) return print(renderBrief(brief, opts.format as BriefFormat));
        const config = llmConfigFromEnv(process.env);
        if (!config) {
          throw new InputError(
            'no LLM endpoint configured',
            'set DOSSIER_LLM_URL (and DOSSIER_LLM_MODEL, DOSSIER_LLM_KEY)',
          );
        }
        const result = await rewriteBrief(brief, analyses, library.analyzerResources(), config);
        printError(result.note);
        print(result.markdown);
      });
    });
}
