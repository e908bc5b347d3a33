import { hostname } from 'node:os';
import type { Command } from 'commander';
import { runWorker } from '../../library/index.js';
import { print, withLibrary } from '../context.js';
import { examples } from '../help.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued ingest jobs (run any number of workers against one PostgreSQL --db)')
    .option('--exit-when-idle', 'stop when the queue is empty instead of waiting for more')
    .option('--id <name>', 'worker name recorded on its jobs', `${hostname()}:${process.pid}`)
    .addHelpText(
      'after',
      examples(
        'DOSSIER_DB=postgres://localhost/news dossier worker',
        'DOSSIER_DB=postgres://localhost/news dossier worker --exit-when-idle --id batch-1',
      ),
    )
    .action(async (opts: { exitWhenIdle?: boolean; id: string }, command: Command) => {
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      process.once('SIGTERM', () => controller.abort());
      await withLibrary(command, async (library) => {
        const n = await runWorker(library, {
          workerId: opts.id,
          exitWhenIdle: opts.exitWhenIdle ?? false,
          signal: controller.signal,
          onJob: (o) => print(`job ${o.jobId} ${o.ok ? 'ok' : 'FAILED'}: ${o.detail}`),
        });
        print(`worker ${opts.id} processed ${n} job${n === 1 ? '' : 's'}`);
      });
    });
}
