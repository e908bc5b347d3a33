import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { type Alert, watch } from '../../library/index.js';
import { jsonSafe, print, printError, withLibrary } from '../context.js';
import { examples } from '../help.js';
import { postAlert } from '../webhook.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .summary('keep ingesting feeds, URLs or folders and raise alerts')
    .description(
      'ingest the targets now and then every interval; alert on a new story, a new article in a story, ' +
        'a revised article, and sources that start to disagree on a figure',
    )
    .argument('<targets...>', 'feeds, URLs, files or folders to watch')
    .option('--every <interval>', 'time between passes: 30s, 15m, 1h', '15m')
    .option('--once', 'make one pass and exit')
    .option(
      '--webhook <url>',
      'also POST each alert as JSON ({text, kind, message, …}) to this URL, retried with backoff',
    )
    .option(
      '--webhook-secret <secret>',
      'sign each webhook body: X-Dossier-Signature: sha256=HMAC (default $DOSSIER_WEBHOOK_SECRET)',
    )
    .option(
      '--alert-existing',
      'alert on what the first pass finds too (default: the first pass records a baseline)',
    )
    .option('--json', 'print alerts as JSON lines')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .addHelpText(
      'after',
      examples(
        'dossier watch https://example.org/feed.xml --every 15m',
        'dossier watch inbox/ --once',
        'dossier watch https://example.org/feed.xml --webhook https://hooks.example.org/dossier --json',
        'DOSSIER_WEBHOOK_SECRET=s3cret dossier watch feeds.txt --webhook https://hooks.example.org/dossier',
      ),
    )
    .action(
      async (
        targets: string[],
        opts: {
          every: string;
          once?: boolean;
          webhook?: string;
          webhookSecret?: string;
          alertExisting?: boolean;
          json?: boolean;
          allowPrivate?: boolean;
        },
        command: Command,
      ) => {
        const intervalMs = parseInterval(opts.every);
        const secret = opts.webhookSecret ?? process.env.DOSSIER_WEBHOOK_SECRET ?? null;
        const controller = new AbortController();
        process.once('SIGINT', () => controller.abort());
        process.once('SIGTERM', () => controller.abort());
        await withLibrary(command, async (library) => {
          const onAlert = (alert: Alert) => {
            print(
              opts.json
                ? jsonSafe(JSON.stringify(alert))
                : `[${new Date().toISOString()}] ${alert.kind}: ${alert.message}`,
            );
            if (opts.webhook) void deliver(opts.webhook, alert, secret);
          };
          await watch(library, targets, {
            intervalMs,
            fetch: { allowPrivate: opts.allowPrivate ?? false },
            // One pass (--once) is all a run sees: it alerts, as before; a loop's first pass is the baseline.
            alertExisting: (opts.alertExisting ?? false) || (opts.once ?? false),
            onAlert,
            onError: (e) => printError(`error: ${e.message}\n  ${e.hint}`),
            onWarning: (w) => printError(`warning: ${w.input}: ${w.message}\n  ${w.hint}`),
            signal: opts.once ? AbortSignal.abort() : controller.signal,
          });
        });
      },
    );
}

function parseInterval(value: string): number {
  const m = /^(\d+)\s*([smh])$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new InputError(`bad interval "${value}"`, 'write it as 30s, 15m or 1h');
  return Number(m[1]) * UNITS[m[2]];
}

/** A webhook that fails, after its retries, is reported and does not stop the watch. */
async function deliver(url: string, alert: Alert, secret: string | null): Promise<void> {
  const failure = await postAlert(url, alert, { secret });
  if (failure) printError(`webhook ${url} ${failure}`);
}
