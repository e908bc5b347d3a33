import { hostname } from 'node:os';
import type { Command } from 'commander';
import { defaultJobs, runWorker } from '../../library/index.js';
import { jobsFlag, print, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued ingest jobs (run any number of workers against one PostgreSQL --db)')
    .option('--exit-when-idle', 'stop when the queue is empty instead of waiting for more')
    .option('--id <name>', 'worker name recorded on its jobs', `${hostname()}:${process.pid}`)
    .option('--jobs <n>', 'jobs run at once, each analysed on its own thread', String(defaultJobs()))
    .addHelpText(
      'after',
      examples(
        'DOSSIER_DB=postgres://localhost/news dossier worker',
        'DOSSIER_DB=postgres://localhost/news dossier worker --exit-when-idle --id batch-1',
        'DOSSIER_DB=postgres://localhost/news dossier worker --jobs 2',
      ),
    )
    .action(async (opts: { exitWhenIdle?: boolean; id: string; jobs: string }, command: Command) => {
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      process.once('SIGTERM', () => controller.abort());
      await withLibrary(command, async (library) => {
        const n = await runWorker(library, {
          workerId: opts.id,
          jobs: jobsFlag(opts.jobs),
          exitWhenIdle: opts.exitWhenIdle ?? false,
          signal: controller.signal,
          onJob: (o) => print(`job ${o.jobId} ${o.ok ? 'ok' : 'FAILED'}: ${o.detail}`),
        });
        print(`worker ${opts.id} processed ${n} job${n === 1 ? '' : 's'}`);
      });
    });
}
