import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { type Alert, watch } from '../../library/index.js';
import { jsonSafe, print, printError, withLibrary } from '../context.js';
import { examples } from '../help.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };
const WEBHOOK_TIMEOUT_MS = 10_000;

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
    .option('--webhook <url>', 'also POST each alert as JSON to this URL')
    .option('--json', 'print alerts as JSON lines')
    .option('--allow-private', 'allow fetching from private and loopback addresses')
    .addHelpText(
      'after',
      examples(
        'dossier watch https://example.org/feed.xml --every 15m',
        'dossier watch inbox/ --once',
        'dossier watch https://example.org/feed.xml --webhook https://hooks.example.org/dossier --json',
      ),
    )
    .action(
      async (
        targets: string[],
        opts: { every: string; once?: boolean; webhook?: string; json?: boolean; allowPrivate?: boolean },
        command: Command,
      ) => {
        const intervalMs = parseInterval(opts.every);
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
            if (opts.webhook) void postAlert(opts.webhook, alert);
          };
          await watch(library, targets, {
            intervalMs,
            fetch: { allowPrivate: opts.allowPrivate ?? false },
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

/** A webhook that fails is reported and does not stop the watch. */
async function postAlert(url: string, alert: Alert): Promise<void> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alert),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (!res.ok) printError(`webhook ${url} answered ${res.status}`);
  } catch (err) {
    printError(`webhook ${url} failed: ${(err as Error).message}`);
  }
}
