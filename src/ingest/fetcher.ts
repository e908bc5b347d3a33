import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError, type InputWarning } from '../errors.js';
import { httpUrl, publicOnlyLookup, refusedLiteralAddress } from './address-policy.js';
import { decodeBody } from './decode.js';
import { ALLOW_ALL, isAllowed, parseRobots, type RobotsRules, unreachableRobots } from './robots.js';

/** Options of the fetcher; `FETCH_DEFAULTS` holds the defaults. */
export interface FetchOptions {
  /** Sent with every request; names Dossier so site owners can find and block it. */
  userAgent: string;
  /** The product token matched against robots.txt User-agent lines. */
  robotsAgent: string;
  /** Whole-request time limit (connect, headers and body), in milliseconds. */
  timeoutMs: number;
  /** Bodies are cut after this many (decompressed) bytes. */
  maxBytes: number;
  maxRedirects: number;
  /** Minimum gap between two requests to one host, in milliseconds (robots.txt Crawl-delay may raise it). */
  perHostDelayMs: number;
  /** Allow loopback, private, link-local and other non-public addresses (tests, intranets). Off by default. */
  allowPrivate: boolean;
  /** Most feed items whose pages are fetched by `fetchInputs`. */
  maxFeedItems: number;
  /** The clock for request spacing, in milliseconds; `Date.now` by default. */
  now: () => number;
  /** Waits this many milliseconds; a timer by default (tests hand in a recorder). */
  sleep: (ms: number) => Promise<void>;
  /** Hears what was cut (a body at `maxBytes`, a feed at `maxFeedItems`); a no-op by default. */
  warn: (warning: InputWarning) => void;
}

/** Defaults: 15 s, 5 MB, 5 redirects, 1 s between requests to one host, public addresses only. */
export const FETCH_DEFAULTS: FetchOptions = {
  userAgent: 'Dossier/0.1 (news-intelligence engine; +https://github.com/dossier-news/dossier)',
  robotsAgent: 'Dossier',
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHostDelayMs: 1000,
  allowPrivate: false,
  maxFeedItems: 50,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  warn: () => {},
};

/** A fetched document, decoded to text. */
export interface FetchResult {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  text: string;
  /** True when the body was cut at `maxBytes`. */
  truncated: boolean;
}

const ACCEPTED_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/plain',
];

/**
 * A polite HTTP client for article pages and feeds: names itself, honours robots.txt (cached per
 * origin), spaces requests to one host, limits time, size and redirects, and refuses non-public
 * addresses, checked on the very addresses it connects to (so DNS rebinding cannot slip past).
 */
export class Fetcher {
  readonly options: FetchOptions;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly nextSlot = new Map<string, number>();
  private readonly crawlDelays = new Map<string, number>();

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...FETCH_DEFAULTS, ...options };
  }

  /** Fetches `url` as text, following redirects; throws an InputError naming the URL and what to do. */
  async get(url: string): Promise<FetchResult> {
    let current = httpUrl(url);
    for (let hop = 0; ; hop++) {
      await this.checkRobots(current);
      await this.waitTurn(current.host);
      const res = await this.request(current, ACCEPTED_TYPES.join(', '));
      if (res.redirect) {
        if (hop >= this.options.maxRedirects) {
          throw new InputError(
            `more than ${this.options.maxRedirects} redirects`,
            'check the URL in a browser',
            url,
          );
        }
        current = httpUrl(new URL(res.redirect, current).toString());
        continue;
      }
      if (res.status >= 400) {
        throw new InputError(
          `HTTP ${res.status}`,
          'check that the page exists and is public',
          current.toString(),
        );
      }
      const type = res.contentType.split(';')[0].trim().toLowerCase();
      if (type && !ACCEPTED_TYPES.includes(type)) {
        throw new InputError(
          `unsupported content type ${type}`,
          'give the URL of an HTML page or a feed',
          current.toString(),
        );
      }
      const where = current.toString();
      if (res.truncated) {
        this.options.warn({
          input: where,
          message: `cut at ${this.options.maxBytes} bytes: the rest of the page was not read`,
          hint: 'save the page and ingest the file to read it whole',
        });
      }
      return { ...res, url: where, text: decodeBody(res.body, res.contentType, where) };
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(url.origin, rules);
    }
    const robots = await rules;
    if (robots.unreachable) {
      throw new InputError(
        `robots.txt could not be fetched (${robots.unreachable}), and RFC 9309 then asks not to crawl the site`,
        'try again later, or save the page by hand and ingest the file',
        url.toString(),
      );
    }
    if (!isAllowed(robots, `${url.pathname}${url.search}`)) {
      throw new InputError(
        'robots.txt disallows fetching this page',
        "respect the site's wishes, or save the page by hand and ingest the file",
        url.toString(),
      );
    }
  }

  /**
   * The site's rules as RFC 9309 reads them: redirects followed (up to `maxRedirects`, then it is
   * unavailable); unavailable (4xx) allows everything; unreachable (5xx, no answer) disallows it.
   */
  private async loadRobots(url: URL): Promise<RobotsRules> {
    let robotsUrl = new URL('/robots.txt', url);
    try {
      for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
        await this.waitTurn(robotsUrl.host);
        const res = await this.request(robotsUrl, 'text/plain');
        if (res.redirect) {
          robotsUrl = httpUrl(new URL(res.redirect, robotsUrl).toString());
          continue;
        }
        if (res.status >= 500) return unreachableRobots(`HTTP ${res.status}`);
        if (res.status >= 400) return ALLOW_ALL;
        const rules = parseRobots(
          decodeBody(res.body, res.contentType, robotsUrl.toString()),
          this.options.robotsAgent,
        );
        if (rules.crawlDelay !== null)
          this.crawlDelays.set(url.host, Math.min(rules.crawlDelay * 1000, 30_000));
        return rules;
      }
      return ALLOW_ALL;
    } catch (err) {
      if (err instanceof InputError && /non-public/.test(err.message)) throw err;
      return unreachableRobots(err instanceof InputError ? err.message.replace(/^\S+: /, '') : String(err));
    }
  }

  /** Waits until this host may be asked again, then books the next slot. */
  private async waitTurn(host: string): Promise<void> {
    const delay = Math.max(this.options.perHostDelayMs, this.crawlDelays.get(host) ?? 0);
    const now = this.options.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + delay);
    if (slot > now) await this.options.sleep(slot - now);
  }

  /**
   * One HTTP exchange, no redirect following; the body is read up to `maxBytes` and decompressed.
   * A kept-alive socket the server closed in the meantime fails with ECONNRESET before any answer:
   * that exchange is sent once more on a new socket (the retry Node's documentation prescribes).
   */
  private request(url: URL, accept: string, retried = false): Promise<RawResponse> {
    const { allowPrivate, timeoutMs, maxBytes, userAgent } = this.options;
    const where = url.toString();
    const refused = allowPrivate ? null : refusedLiteralAddress(url);
    if (refused) return Promise.reject(refused);
    const lookup = allowPrivate ? undefined : publicOnlyLookup(where);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<RawResponse>((resolve, reject) => {
      const req = send(url, {
        method: 'GET',
        lookup,
        headers: { 'user-agent': userAgent, accept, 'accept-encoding': 'gzip, deflate, br' },
      });
      const timer = setTimeout(() => {
        const err = new InputError(
          `no complete answer within ${timeoutMs} ms`,
          'try again later, or raise the timeout',
          where,
        );
        // Rejecting first makes the timeout the reported cause, not the abort it triggers.
        reject(err);
        req.destroy(err);
      }, timeoutMs);
      const fail = (err: unknown) => {
        clearTimeout(timer);
        if (!retried && req.reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET') {
          this.request(url, accept, true).then(resolve, reject);
          return;
        }
        reject(
          err instanceof InputError
            ? err
            : new InputError(
                `cannot fetch (${(err as Error).message})`,
                'check the URL and your network',
                where,
              ),
        );
      };
      req.on('error', fail);
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location) {
          res.resume();
          clearTimeout(timer);
          resolve({ status, contentType: '', body: Buffer.alloc(0), truncated: false, redirect: location });
          return;
        }
        readBody(res, maxBytes).then(
          ({ body, truncated }) => {
            clearTimeout(timer);
            req.destroy();
            resolve({
              status,
              contentType: String(res.headers['content-type'] ?? ''),
              body,
              truncated,
              redirect: null,
            });
          },
          (err) => {
            req.destroy();
            fail(err);
          },
        );
      });
      req.end();
    });
  }
}

interface RawResponse {
  status: number;
  contentType: string;
  body: Buffer;
  truncated: boolean;
  redirect: string | null;
}

/** Reads a response body, decompressing it, and stops at `maxBytes` of output (a zip bomb stops there too). */
function readBody(res: IncomingMessage, maxBytes: number): Promise<{ body: Buffer; truncated: boolean }> {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  const stream = decoder ? res.pipe(decoder) : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (truncated: boolean) => {
      if (finished) return;
      finished = true;
      resolve({ body: Buffer.concat(chunks).subarray(0, maxBytes), truncated });
    };
    stream.on('data', (chunk: Buffer) => {
      if (finished) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) {
        finish(size > maxBytes);
        res.destroy();
        decoder?.destroy();
      }
    });
    stream.on('end', () => finish(false));
    stream.on('error', (err) => {
      if (!finished) reject(err);
    });
    res.on('error', (err) => {
      if (!finished) reject(err);
    });
  });
}
