import type { Command } from 'commander';
import {
  BRIEF_DEFAULTS,
  type BriefFormat,
  llmConfigFromEnv,
  renderBrief,
  rewriteBrief,
} from '../../brief/index.js';
import { InputError } from '../../errors.js';
import { print, printError, withLibrary } from '../context.js';
import { examples } from '../help.js';

const FORMATS: readonly BriefFormat[] = ['md', 'html', 'json'];
/** A brief of fewer words is its lead alone; one of more is no brief. */
const MIN_WORDS = 30;
const MAX_WORDS = 5000;

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
    .option(
      '--words <n>',
      'about how many words the brief holds (sources aside)',
      String(BRIEF_DEFAULTS.words),
    )
    .option('--rewrite', 'rewrite through the LLM at $DOSSIER_LLM_URL; shown only if it passes verify')
    .addHelpText(
      'after',
      examples(
        'dossier brief story-b306609c9f549335',
        'dossier brief story-b306609c9f549335 --format html > brief.html',
        'dossier brief story-b306609c9f549335 --words 120',
        'DOSSIER_LLM_URL=http://localhost:8000/v1 dossier brief story-b306609c9f549335 --rewrite',
      ),
    )
    .action(
      async (
        storyId: string,
        opts: { format: string; words: string; rewrite?: boolean },
        command: Command,
      ) => {
        if (!FORMATS.includes(opts.format as BriefFormat)) {
          throw new InputError(`unknown format "${opts.format}"`, `use one of: ${FORMATS.join(', ')}`);
        }
        const words = Number(opts.words);
        if (!Number.isInteger(words) || words < MIN_WORDS || words > MAX_WORDS) {
          throw new InputError(
            `--words must be a whole number from ${MIN_WORDS} to ${MAX_WORDS}, not "${opts.words}"`,
            'e.g. --words 250',
          );
        }
        await withLibrary(command, async (library) => {
          const { brief, analyses } = await library.brief(storyId, { words });
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
      },
    );
}
