import type { Server } from 'node:net';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { DossierError, InputError } from '../../errors.js';
import { Library } from '../../library/index.js';
import { createApp } from '../../server/index.js';
import { resolveStoreLocation } from '../../store/index.js';
import { positiveInteger, print } from '../context.js';
import { examples } from '../help.js';

interface ServeFlags {
  port: string;
  host: string;
  token?: string;
  allowAnalyze?: boolean;
  allowedHosts?: string;
  cors?: string[];
}

/** Addresses that bind every interface: they name no host a client would send. */
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/...) and the web UI over the database')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind (default loopback only)', '127.0.0.1')
    .option(
      '--token <token>',
      'token the analysis routes (analyze, verify) need as "Authorization: Bearer TOKEN" (default $DOSSIER_TOKEN)',
    )
    .option('--allow-analyze', 'open the analysis routes without a token (they are off without one)')
    .option(
      '--allowed-hosts <names>',
      'comma-separated Host names to answer besides the loopback names ("*": any)',
    )
    .option('--cors <origin...>', 'origins whose pages may call the API (default none)')
    .addHelpText(
      'after',
      examples(
        'dossier serve                       # http://127.0.0.1:8080/',
        'dossier serve --port 3000 --db postgres://localhost/news',
        'DOSSIER_TOKEN=s3cret dossier serve  # POST /api/analyze with "Authorization: Bearer s3cret"',
        'dossier serve --host 0.0.0.0 --allowed-hosts news.example.org --cors https://news.example.org',
      ),
    )
    .action(async (opts: ServeFlags, command: Command) => {
      const port = positiveInteger(opts.port, '--port', 65_535);
      const token = opts.token?.trim() || process.env.DOSSIER_TOKEN?.trim() || null;
      const allowedHosts = (opts.allowedHosts ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean);
      if (!WILDCARDS.has(opts.host)) allowedHosts.push(opts.host);
      const cors = opts.cors ?? [];
      for (const origin of cors) {
        if (!/^https?:\/\/[^/\s]+$/i.test(origin))
          throw new InputError(
            `--cors takes an origin, not "${origin}"`,
            'e.g. --cors https://news.example.org',
          );
      }
      const library = await Library.open(resolveStoreLocation(command.optsWithGlobals<{ db?: string }>().db));
      const app = createApp(library, { token, allowAnalyze: opts.allowAnalyze ?? false, allowedHosts, cors });
      const server = await listen(app.fetch, port, opts.host).catch(async (err: Error) => {
        await library.close();
        throw err;
      });
      print(
        `Dossier is serving on http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}/ (Ctrl-C to stop)`,
      );
      if (!token && !opts.allowAnalyze)
        print(
          'The analysis routes (analyze, verify) are off: start with --token or --allow-analyze to open them.',
        );
      const stop = () => server.close(() => void library.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/** Listens on host:port; a port in use, forbidden or an address not of this machine is a DossierError. */
function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  host: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }) as unknown as Server;
    server.once('listening', () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      const where = `${host}:${port}`;
      if (err.code === 'EADDRINUSE')
        reject(
          new DossierError(
            `port ${port} is in use`,
            'stop what uses it, or choose another with --port',
            where,
          ),
        );
      else if (err.code === 'EACCES')
        reject(
          new DossierError(
            `not allowed to listen on port ${port}`,
            'choose a port above 1023 with --port',
            where,
          ),
        );
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN')
        reject(
          new DossierError(
            `cannot listen on address "${host}"`,
            'use an address of this machine with --host, e.g. 127.0.0.1',
            where,
          ),
        );
      else reject(new DossierError(`cannot listen: ${err.message}`, 'check --host and --port', where));
    });
  });
}
