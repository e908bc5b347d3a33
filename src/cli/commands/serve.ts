import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { Library } from '../../library/index.js';
import { createApp } from '../../server/index.js';
import { resolveStoreLocation } from '../../store/index.js';
import { print } from '../context.js';
import { examples } from '../help.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/...) and the web UI over the database')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind (default loopback only)', '127.0.0.1')
    .addHelpText(
      'after',
      examples(
        'dossier serve                       # http://127.0.0.1:8080/',
        'dossier serve --port 3000 --db postgres://localhost/news',
      ),
    )
    .action(async (opts: { port: string; host: string }, command: Command) => {
      const library = await Library.open(resolveStoreLocation(command.optsWithGlobals<{ db?: string }>().db));
      const server = serve(
        { fetch: createApp(library).fetch, port: Number(opts.port), hostname: opts.host },
        (info) => print(`Dossier is serving on http://${opts.host}:${info.port}/ (Ctrl-C to stop)`),
      );
      const stop = () => server.close(() => void library.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
