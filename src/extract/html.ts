import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.js';
import type { ArticleInput } from '../model/index.js';
import { PAGE_FURNITURE } from './data/boilerplate.js';
import { readMetadata } from './metadata.js';
import { boundNesting } from './nesting.js';
import { dropFurnitureLines, type PrunableElement, pruneFurniture, pruneLinkBlocks } from './prune.js';
import { blockText, type TextNodeLike } from './text.js';

/** Options of `extractArticle`; `EXTRACT_DEFAULTS` holds the defaults. */
export interface ExtractOptions {
  /** Below this many characters the DOM result is deemed a failure and the fallbacks are tried. */
  minBodyChars: number;
  /** Pages larger than this (UTF-16 units) are cut before parsing, bounding time and memory. */
  maxHtmlChars: number;
  /**
   * Elements nested deeper than this lose their tags (their text stays), and such a page skips
   * Readability: parsing and Readability's ancestor walks grow with depth times size.
   */
  maxDepth: number;
  /** Pages with more elements than this skip Readability, whose passes grow faster than the page. */
  maxReadabilityElements: number;
  /** Lists and paragraphs whose text is at least this share links are dropped as link rails. */
  maxLinkDensity: number;
  /** When reading must be done (ms on `now`'s clock): a fetch's time limit covers the parse too. */
  deadline: number;
  /** The clock of `deadline`; `Date.now` by default. */
  now: () => number;
}

/**
 * Defaults: 250 characters is about two short paragraphs; 8 M characters cover any real article
 * page; the 91 aeb-dev pages nest at most 51 deep and hold at most 1,600 elements (depth 100 and
 * 5,000 elements leave room, and bound Readability to about 2 s); link density 0.7 was the best of
 * 0.5, 0.7 and 0.9 on aeb-dev.
 */
export const EXTRACT_DEFAULTS: ExtractOptions = {
  minBodyChars: 250,
  maxHtmlChars: 8_000_000,
  maxDepth: 100,
  maxReadabilityElements: 5_000,
  maxLinkDensity: 0.7,
  deadline: Number.POSITIVE_INFINITY,
  now: () => Date.now(),
};

type ArticleElement = TextNodeLike & PrunableElement;

/**
 * Turns an HTML page into an article: body text by Readability over linkedom, rendered paragraph
 * by paragraph with captions, bylines and share/related boxes pruned; title, outlet, date and
 * canonical URL from JSON-LD and OpenGraph. When the DOM yields too little, falls back to the
 * JSON-LD `articleBody`, then to the largest block of paragraphs. Null when the page has no text.
 */
export function extractArticle(
  html: string,
  url: string | null = null,
  options: Partial<ExtractOptions> = {},
): ArticleInput | null {
  const opts = { ...EXTRACT_DEFAULTS, ...options };
  const cut = html.length > opts.maxHtmlChars ? html.slice(0, opts.maxHtmlChars) : html;
  const page = boundNesting(wholePage(cut), opts.maxDepth);
  const document = parsePage(page.html);
  if (opts.now() > opts.deadline) {
    throw new InputError(
      'reading the page took longer than the time limit',
      'try again later, or save the page and ingest the file',
      url ?? undefined,
    );
  }
  const meta = readMetadata(document);
  const hostile = page.depth > opts.maxDepth || page.elements > opts.maxReadabilityElements;
  let text = hostile ? '' : readabilityText(document, opts);
  if (text.length < opts.minBodyChars && meta.body && meta.body.length > text.length) text = meta.body;
  if (text.length < opts.minBodyChars) {
    // Readability edits the DOM it reads, so the fallback reads a fresh parse.
    const fallback = largestBlockText(hostile ? document : parsePage(page.html), !hostile);
    if (fallback.length > text.length) text = fallback;
  }
  if (!text) return null;
  return {
    url: url ?? meta.url,
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    language: meta.language,
    text,
  };
}

type Page = ReturnType<typeof parseHTML>['document'];

/** A fragment without `<html>` gets a document around it, so head and body exist. */
function wholePage(html: string): string {
  const whole = /<html[\s>]/i.test(html.slice(0, 100_000));
  return whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function parsePage(html: string): Page {
  return parseHTML(html).document;
}

function readabilityText(document: Page, opts: ExtractOptions): string {
  const body = (document as { body: ArticleElement | null }).body;
  if (body) pruneFurniture(body, PAGE_FURNITURE);
  // linkedom's Document is structurally the DOM Document Readability expects; the types differ only in name.
  const reader = new Readability<ArticleElement>(document as ConstructorParameters<typeof Readability>[0], {
    serializer: (el) => el as unknown as ArticleElement,
    keepClasses: true,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch {
    return ''; // Readability trips on some malformed trees; the fallbacks still apply.
  }
  if (!parsed?.content) return '';
  pruneFurniture(parsed.content);
  pruneLinkBlocks(parsed.content, opts.maxLinkDensity);
  return dropFurnitureLines(blockText(parsed.content));
}

/**
 * The text of the element whose own `<p>` children hold the most text, or of the whole body when
 * the page has no paragraphs: a last resort when Readability finds nothing.
 */
function largestBlockText(document: Page, prune: boolean): string {
  const totals = new Map<unknown, number>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    totals.set(p.parentNode, (totals.get(p.parentNode) ?? 0) + (p.textContent?.trim().length ?? 0));
  }
  let best: unknown = null;
  let bestChars = 0;
  for (const [parent, chars] of totals) {
    if (chars > bestChars) {
      best = parent;
      bestChars = chars;
    }
  }
  const element = (best ?? document.body) as ArticleElement | null;
  if (!element) return '';
  if (prune) pruneFurniture(element);
  return dropFurnitureLines(blockText(element));
}
