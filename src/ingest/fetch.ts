import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError } from '../errors.js';
import { extractArticle } from '../extract/html.js';
import { type FeedEntry, isJsonFeed, looksLikeXmlFeed, parseJsonFeed, parseXmlFeed } from './feeds.js';
import { feedItem, type InputItem } from './files.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots.js';

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

/** Addresses that are not the public internet (RFC 6890 special-purpose blocks). */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['100::', 64],
] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');
}

/** True for loopback, private, link-local, multicast, reserved and documentation addresses (IPv4-mapped IPv6 too). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

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
    let current = parseHttpUrl(url);
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
        current = parseHttpUrl(new URL(res.redirect, current).toString());
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
      return { ...res, url: current.toString(), text: decodeBody(res.body, res.contentType) };
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(url.origin, rules);
    }
    const robots = await rules;
    if (!isAllowed(robots, `${url.pathname}${url.search}`)) {
      throw new InputError(
        'robots.txt disallows fetching this page',
        "respect the site's wishes, or save the page by hand and ingest the file",
        url.toString(),
      );
    }
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url);
    try {
      await this.waitTurn(url.host);
      const res = await this.request(robotsUrl, 'text/plain');
      // RFC 9309: 4xx means no rules; a server error means assume everything is disallowed.
      if (res.status >= 500) return DISALLOW_ALL;
      if (res.status >= 400 || res.redirect) return ALLOW_ALL;
      const rules = parseRobots(decodeBody(res.body, res.contentType), this.options.robotsAgent);
      if (rules.crawlDelay !== null)
        this.crawlDelays.set(url.host, Math.min(rules.crawlDelay * 1000, 30_000));
      return rules;
    } catch (err) {
      if (err instanceof InputError && /non-public/.test(err.message)) throw err;
      return DISALLOW_ALL;
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

  /** One HTTP exchange, no redirect following; the body is read up to `maxBytes` and decompressed. */
  private request(url: URL, accept: string): Promise<RawResponse> {
    const { allowPrivate, timeoutMs, maxBytes, userAgent } = this.options;
    const where = url.toString();
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!allowPrivate && isIP(host) && isNonPublicAddress(host)) {
      return Promise.reject(nonPublic(where, host));
    }
    // The check runs inside the socket's own DNS lookup: the address checked is the address used.
    const lookup: LookupFunction = (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
        if (err) return callback(err, '', 0);
        const bad = allowPrivate ? undefined : addresses.find((a) => isNonPublicAddress(a.address));
        if (bad) return callback(nonPublic(where, bad.address), '', 0);
        if (options.all)
          return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        return callback(null, addresses[0].address, addresses[0].family);
      });
    };
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

/** Decodes a body by its declared charset (UTF-8 when none or unknown); bad bytes become U+FFFD. Exported for tests. */
export function decodeBody(body: Buffer, contentType: string): string {
  // The header wins; else the page's own <meta charset> or XML declaration, looked for in its first 2 KB.
  const head = body.subarray(0, 2048).toString('latin1');
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function parseHttpUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError('not a valid URL', 'give an absolute http:// or https:// URL', url);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError(`${u.protocol} URLs are not fetched`, 'give an http:// or https:// URL', url);
  }
  if (u.username || u.password) {
    throw new InputError('URLs with credentials are not fetched', 'remove the user:password@ part', url);
  }
  return u;
}

function nonPublic(where: string, address: string): InputError {
  return new InputError(
    `refused: ${address} is a non-public address (loopback, private or link-local)`,
    'fetch only public sites; set allowPrivate for intranet use',
    where,
  );
}

/**
 * Fetches a URL and returns its articles: a feed gives one item per entry (up to `maxFeedItems`),
 * each read from its own page when that page can be fetched, else from the feed's content; an
 * article page gives one item. Errors are items too; nothing throws.
 */
export async function fetchInputs(
  url: string,
  options: Partial<FetchOptions> | Fetcher = {},
): Promise<InputItem[]> {
  const fetcher = options instanceof Fetcher ? options : new Fetcher(options);
  let page: FetchResult;
  try {
    page = await fetcher.get(url);
  } catch (err) {
    return [{ ok: false, error: asInputError(err, url) }];
  }
  try {
    const entries = feedEntries(page);
    if (entries) {
      const items: InputItem[] = [];
      for (const entry of entries.slice(0, fetcher.options.maxFeedItems))
        items.push(await entryItem(fetcher, entry));
      return items;
    }
    return [pageItem(page, url)];
  } catch (err) {
    return [{ ok: false, error: asInputError(err, url) }];
  }
}

function feedEntries(page: FetchResult): FeedEntry[] | null {
  const type = page.contentType.split(';')[0].trim().toLowerCase();
  if (type.includes('json')) {
    let value: unknown;
    try {
      value = JSON.parse(page.text);
    } catch (err) {
      throw new InputError(
        `malformed JSON (${(err as Error).message})`,
        'check that the URL serves a JSON Feed',
        page.url,
      );
    }
    if (isJsonFeed(value)) return parseJsonFeed(value, page.url);
    throw new InputError('JSON that is not a JSON Feed', 'give the URL of an HTML page or a feed', page.url);
  }
  return looksLikeXmlFeed(page.text) ? parseXmlFeed(page.text, page.url) : null;
}

/** A feed entry read from its page when possible; the feed's own content is the fallback. */
async function entryItem(fetcher: Fetcher, entry: FeedEntry): Promise<InputItem> {
  if (entry.url) {
    try {
      const page = await fetcher.get(entry.url);
      const article = extractArticle(page.text, entry.url);
      if (article && article.text.length >= entry.text.length) {
        return {
          ok: true,
          input: {
            ...article,
            title: article.title ?? entry.title,
            outlet: article.outlet ?? entry.outlet,
            published: article.published ?? entry.published,
            origin: entry.where,
          },
        };
      }
    } catch (err) {
      if (!entry.text.trim()) return { ok: false, error: asInputError(err, entry.url) };
    }
  }
  return feedItem(entry);
}

function pageItem(page: FetchResult, requested: string): InputItem {
  const article = extractArticle(page.text, page.url);
  if (!article?.text.trim()) {
    return {
      ok: false,
      error: new InputError(
        'no article text found in the page',
        'check that it is an article page',
        requested,
      ),
    };
  }
  return { ok: true, input: { ...article, origin: requested } };
}

function asInputError(err: unknown, where: string): InputError {
  if (err instanceof InputError) return err;
  return new InputError(`cannot read (${(err as Error)?.message ?? String(err)})`, 'check the URL', where);
}
