import type { Article, ArticleInput } from '../model/index.js';
import { parseSourceList, splitSentences, tokenize } from '../nlp/index.js';
import { hashId } from '../util/hash.js';

/** Normalises text for hashing and analysis: Unix newlines, no trailing spaces, no NUL. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Canonical form of a URL for dedupe: no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid$)/i.test(key)) u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    const s = u.toString();
    return s.endsWith('/') && u.pathname !== '/' ? s.slice(0, -1) : s;
  } catch {
    return url.trim();
  }
}

/** Hash of an article's content: what makes two inputs the same version. */
export function contentHash(text: string): string {
  return hashId(cleanText(text).replace(/\s+/g, ' ').toLowerCase(), 32);
}

/**
 * Builds the Article the core reads: text cleaned and headed by the title (the first line is the
 * title of a plain text file), id from the canonical URL (else the feed item's guid, else the
 * content), sources parsed.
 */
export function toArticle(input: ArticleInput): Article {
  const body = cleanText(input.text);
  const givenTitle = input.title?.replace(/\s+/g, ' ').trim() ?? '';
  // The headline is analysed too (quotes and figures in headlines), so it heads the text.
  const text = givenTitle && !body.startsWith(givenTitle) ? `${givenTitle}\n\n${body}` : body;
  const title = givenTitle || titleFromText(text);
  const url = input.url ? canonicalUrl(input.url) : null;
  return {
    id: hashId(url ?? (input.guid ? `guid:${input.guid}` : `text:${contentHash(text)}`)),
    url,
    title,
    outlet: input.outlet?.trim() || null,
    published: normaliseDate(input.published),
    language: input.language?.trim() || 'en',
    text,
    sources: parseSourceList(text).sources,
  };
}

function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

/** A plain text's first line is its title when it reads like one; else its first sentence, shortened. */
function titleFromText(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (firstLine.length <= 200 && !/[.!?]["”’]?$/.test(firstLine)) return firstLine;
  const tokens = tokenize(firstLine);
  const first = splitSentences(firstLine, tokens)[0];
  const sentence = first ? firstLine.slice(first.start, first.end) : firstLine;
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 157))}…`;
}
