import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { EVAL_TASKS, GOLD_TASKS } from '../../eval/index.js';
import { jsonSafe, print } from '../context.js';
import { examples } from '../help.js';
import { progressBar } from '../progress.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score the shipped pipeline on a data set; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`)
    .argument('<task>', 'which evaluation to run')
    .requiredOption('--data <path>', 'the data set (file or folder, as under ../shared/data/)')
    .option(
      '--gold <path>',
      `the project's gold for the data (tasks ${[...GOLD_TASKS].join(', ')}; e.g. test/gold/stories/dev.jsonl)`,
    )
    .option('--predictions <file>', 'also write the raw system output for an independent scorer')
    .option('--part <name>', 'score only this part of the data set (verify: tune or check)')
    .option('--shuffles <n>', 'clusters: also score n fixed shuffled orders (seeds 1..n) and their minimum')
    .option('--json', 'end with one JSON line of the figures')
    .addHelpText(
      'after',
      examples(
        'dossier eval clusters --data ../shared/data/clustering/ecbplus/dev.jsonl --shuffles 5 --json',
        'dossier eval quotes --data ../shared/data/quotes/polnear/dev.jsonl --predictions quotes.jsonl',
        'dossier eval figures --data test/gold/figures.jsonl',
      ),
    )
    .action(
      async (
        task: string,
        opts: {
          data: string;
          gold?: string;
          predictions?: string;
          part?: string;
          shuffles?: string;
          json?: boolean;
        },
      ) => {
        const load = EVAL_TASKS[task];
        if (!load) {
          throw new InputError(
            `unknown eval task "${task}"`,
            `use one of: ${Object.keys(EVAL_TASKS).join(', ')}`,
          );
        }
        if (opts.gold && !GOLD_TASKS.has(task)) {
          throw new InputError(
            `eval ${task} takes no --gold`,
            `drop --gold, or use it with ${[...GOLD_TASKS].join(' or ')}`,
          );
        }
        const shuffles = opts.shuffles === undefined ? 0 : Number(opts.shuffles);
        if (!Number.isInteger(shuffles) || shuffles < 0 || shuffles > 100) {
          throw new InputError(
            `--shuffles ${opts.shuffles} is not a count`,
            'give a whole number from 0 to 100',
          );
        }
        const bar = progressBar(`eval ${task}`);
        const run = await load();
        const report = await run({
          data: opts.data,
          gold: opts.gold,
          predictions: opts.predictions,
          part: opts.part,
          shuffles,
          progress: bar.update,
        });
        bar.stop();
        for (const line of report.lines) print(line);
        // One line of JSON: the contract says the last line of stdout is the figures.
        if (opts.json) print(jsonSafe(JSON.stringify({ task: report.task, ...report.metrics })));
      },
    );
}
