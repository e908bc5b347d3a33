import { createHmac } from 'node:crypto';
import type { Alert } from '../library/index.js';

/** How a webhook is posted: the secret that signs it, how often and how patiently it is retried. */
export interface WebhookOptions {
  /** HMAC-SHA256 key; with it each post carries `X-Dossier-Signature: sha256=HEX` of its body. */
  secret: string | null;
  /** Tries in all (default 4: the first and three retries). */
  tries: number;
  /** Wait before the first retry, in ms, doubled for each next one (default 1 s: 1, 2, 4 s). */
  backoffMs: number;
  /** Time budget of one try, in ms (default 10 s). */
  timeoutMs: number;
}

export const WEBHOOK_DEFAULTS: WebhookOptions = {
  secret: null,
  tries: 4,
  backoffMs: 1000,
  timeoutMs: 10_000,
};

/** The header that carries the signature (as GitHub's `X-Hub-Signature-256`). */
export const SIGNATURE_HEADER = 'X-Dossier-Signature';

/**
 * The JSON body of an alert: the alert's fields plus `text`, the one line chat tools (Slack, Mattermost,
 * Discord via /slack, Teams connectors) show as the message.
 */
export function webhookBody(alert: Alert): string {
  return JSON.stringify({ text: `[dossier] ${alert.kind}: ${alert.message}`, ...alert });
}

/** `sha256=` and the hex HMAC-SHA256 of the body under the secret. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Posts an alert, retrying with doubling waits on a network error, a timeout, 429 or a 5xx answer; a
 * 4xx other than 429 is not retried (the request is wrong, not the moment). Returns null when
 * delivered, else why the last try failed.
 */
export async function postAlert(
  url: string,
  alert: Alert,
  options: Partial<WebhookOptions> = {},
): Promise<string | null> {
  const opts = { ...WEBHOOK_DEFAULTS, ...options };
  const body = webhookBody(alert);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.secret) headers[SIGNATURE_HEADER] = signature(body, opts.secret);
  let failure = 'not tried';
  for (let attempt = 0; attempt < Math.max(1, opts.tries); attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, opts.backoffMs * 2 ** (attempt - 1)));
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      await res.body?.cancel();
      if (res.ok) return null;
      failure = `answered ${res.status}`;
      if (res.status < 500 && res.status !== 429) return failure;
    } catch (err) {
      failure = `failed: ${(err as Error).message}`;
    }
  }
  return `${failure} (after ${opts.tries} tries)`;
}
