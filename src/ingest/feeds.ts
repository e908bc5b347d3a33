import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { fragmentText } from '../extract/index.js';

/** One item of a feed: its metadata and the text of its content (empty when the feed carries only links). */
export interface FeedEntry {
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  /** The feed and item index, for error messages: `feed.xml#3`. */
  where: string;
  /** The item's own id (RSS guid, Atom id, JSON Feed id) with the feed's location, or null. */
  guid: string | null;
}

// Entity processing stays off: no DTD is read, so a "billion laughs" feed cannot expand; the five
// XML entities and numeric references are decoded by `decodeXml` alone.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '__cdata',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** True when a file's text looks like an RSS, Atom or RDF feed rather than an HTML page. */
export function looksLikeXmlFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)?<(rss|feed|rdf:RDF|RDF)\b/i.test(
    text.slice(0, 4096),
  );
}

/** Parses an RSS 2.0, Atom or RDF (RSS 1.0) document into entries; throws an InputError naming `origin` if it is none. */
export function parseXmlFeed(xml: string, origin: string): FeedEntry[] {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(
      `malformed XML (${(err as Error).message.split('\n')[0]})`,
      'check that it is a valid feed',
      origin,
    );
  }
  const rss = obj(doc.rss);
  if (rss) {
    const channel = obj(rss.channel) ?? {};
    return entriesOf(list(channel.item), RSS, text(channel.title), origin);
  }
  const rdf = obj(doc.RDF);
  if (rdf) return entriesOf(list(rdf.item), RSS, text(obj(rdf.channel)?.title), origin);
  const feed = obj(doc.feed);
  if (feed) return entriesOf(list(feed.entry), ATOM, text(feed.title), origin);
  throw new InputError(
    'not an RSS, Atom or RDF feed',
    'give a feed whose root is <rss>, <feed> or <rdf:RDF>',
    origin,
  );
}

/** Where a feed dialect keeps an entry's parts; of several names, the first present wins. */
interface Dialect {
  body: readonly string[];
  published: readonly string[];
  id: string;
  /** RSS lets a guid be the permalink when there is no link. */
  guidIsPermalink: boolean;
}

const RSS: Dialect = {
  body: ['encoded', 'description'],
  published: ['pubDate', 'date'],
  id: 'guid',
  guidIsPermalink: true,
};
const ATOM: Dialect = {
  body: ['content', 'summary'],
  published: ['published', 'updated'],
  id: 'id',
  guidIsPermalink: false,
};

function entriesOf(items: unknown[], dialect: Dialect, outlet: string | null, origin: string): FeedEntry[] {
  return items.map((raw, i) => {
    const item = obj(raw) ?? {};
    const first = (names: readonly string[]) =>
      names.reduce<string | null>((found, name) => found ?? text(item[name]), null);
    const id = item[dialect.id];
    return {
      url: linkOf(item.link) ?? (dialect.guidIsPermalink ? permalinkGuid(id) : null),
      title: plain(text(item.title)),
      outlet,
      published: first(dialect.published),
      text: fragmentText(first(dialect.body) ?? ''),
      where: `${origin}#${i + 1}`,
      guid: scopedGuid(origin, text(id)),
    };
  });
}

const JsonFeed = z.object({
  version: z.string().startsWith('https://jsonfeed.org/'),
  title: z.string().optional(),
  items: z
    .array(
      z
        .object({
          url: z.string().optional(),
          id: z.union([z.string(), z.number()]).optional(),
          external_url: z.string().optional(),
          title: z.string().optional(),
          content_html: z.string().optional(),
          content_text: z.string().optional(),
          summary: z.string().optional(),
          date_published: z.string().optional(),
        })
        .passthrough(),
    )
    .max(100_000),
});

/** True when a parsed JSON value declares itself a JSON Feed (`version` https://jsonfeed.org/…). */
export function isJsonFeed(value: unknown): boolean {
  const version = obj(value)?.version;
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/');
}

/** Parses a JSON Feed (1.0 or 1.1) into entries; throws an InputError naming `origin` if it is malformed. */
export function parseJsonFeed(value: unknown, origin: string): FeedEntry[] {
  const parsed = JsonFeed.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `malformed JSON Feed (${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'})`,
      'check it against https://jsonfeed.org/version/1.1',
      origin,
    );
  }
  const outlet = parsed.data.title?.trim() || null;
  return parsed.data.items.map((item, i) => ({
    url: item.url ?? item.external_url ?? null,
    title: item.title?.trim() || null,
    outlet,
    published: item.date_published ?? null,
    text: item.content_text?.trim() || fragmentText(item.content_html ?? item.summary ?? ''),
    where: `${origin}#${i + 1}`,
    guid: scopedGuid(origin, item.id === undefined ? null : String(item.id)),
  }));
}

function obj(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element: its character data and CDATA, or for XHTML content its descendants' text. */
function text(value: unknown, depth = 0): string | null {
  if (value === undefined || value === null || depth > 20) return null;
  if (typeof value === 'string') return decodeXml(value).trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => text(v, depth + 1)).filter((v): v is string => v !== null);
    return parts.length ? parts.join('\n\n') : null;
  }
  const own: string[] = [];
  const children: string[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key.startsWith('@_')) continue;
    // CDATA is literal text: it is not entity-decoded.
    if (key === '__cdata') own.push(list(child).join(''));
    else if (key === '#text') own.push(text(child, depth + 1) ?? '');
    else children.push(text(child, depth + 1) ?? '');
  }
  const joined = [own.join(' ').trim(), ...children].filter((p) => p.length > 0).join('\n\n');
  return joined || null;
}

/** An RSS `<link>` is text; an Atom `<link>` is an element with `href`, preferring rel="alternate". */
function linkOf(value: unknown): string | null {
  const links = list(value);
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string') return decodeXml(link).trim() || null;
    const o = obj(link);
    const href = typeof o?.['@_href'] === 'string' ? decodeXml(o['@_href']).trim() : null;
    if (!href) continue;
    const rel = o?.['@_rel'];
    if (rel === undefined || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback ?? text(links[0]);
}

/** An item id is unique within its feed only: it is scoped by where the feed was read. */
function scopedGuid(origin: string, id: string | null): string | null {
  const trimmed = id?.trim();
  return trimmed ? `${origin} ${trimmed}` : null;
}

function permalinkGuid(value: unknown): string | null {
  const o = obj(value);
  const guid = text(value);
  if (!guid || !/^https?:\/\//i.test(guid)) return null;
  return o?.['@_isPermaLink'] === 'false' ? null : guid;
}

/** Feed titles are text, but many feeds escape HTML entities twice; render them as HTML to undo that. */
function plain(value: string | null): string | null {
  if (!value) return null;
  return fragmentText(value).replace(/\s+/g, ' ').trim() || null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references; anything else is left as written. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}
