import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../model/index.js';
import { readMetadata } from './metadata.js';
import { dropFurnitureLines, type PrunableElement, pruneFurniture } from './prune.js';
import { blockText, type TextNodeLike } from './text.js';

/** Options of `extractArticle`; `EXTRACT_DEFAULTS` holds the defaults. */
export interface ExtractOptions {
  /** Below this many characters the DOM result is deemed a failure and the fallbacks are tried. */
  minBodyChars: number;
  /** Pages larger than this (UTF-16 units) are cut before parsing, bounding time and memory. */
  maxHtmlChars: number;
}

/** Defaults: 250 characters is about two short paragraphs; 8 M characters covers any real article page. */
export const EXTRACT_DEFAULTS: ExtractOptions = { minBodyChars: 250, maxHtmlChars: 8_000_000 };

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
  const { document } = parseHTML(html.length > opts.maxHtmlChars ? html.slice(0, opts.maxHtmlChars) : html);
  const meta = readMetadata(document);
  // Readability edits the DOM it reads, so the fallback reads a fresh parse.
  let text = readabilityText(document);
  if (text.length < opts.minBodyChars && meta.body && meta.body.length > text.length) text = meta.body;
  if (text.length < opts.minBodyChars) {
    const fallback = largestBlockText(parseHTML(html.slice(0, opts.maxHtmlChars)).document);
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

function readabilityText(document: unknown): string {
  // linkedom's Document is structurally the DOM Document Readability expects; the types differ only in name.
  const reader = new Readability<ArticleElement>(document as ConstructorParameters<typeof Readability>[0], {
    serializer: (el) => el as unknown as ArticleElement,
    keepClasses: true,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return '';
  pruneFurniture(parsed.content);
  return dropFurnitureLines(blockText(parsed.content));
}

/** The element whose own `<p>` children hold the most text: a last resort when Readability finds nothing. */
function largestBlockText(document: {
  querySelectorAll(s: string): ArrayLike<ArticleElement & { parentNode: unknown }>;
}): string {
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
  if (!best) return '';
  const element = best as ArticleElement;
  pruneFurniture(element);
  return dropFurnitureLines(blockText(element));
}
