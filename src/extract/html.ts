import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../model/index.js';
import { type PrunableElement, pruneFurniture } from './prune.js';
import { blockText, type TextNodeLike } from './text.js';

/** Extracts the article body and title from an HTML page (first cut; issue 3 refines it). */
export function extractArticle(html: string, url: string | null = null): ArticleInput | null {
  const { document } = parseHTML(html);
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is structurally a DOM Document.
  const reader = new Readability<TextNodeLike & PrunableElement>(document as any, {
    serializer: (el) => el as unknown as TextNodeLike & PrunableElement,
    keepClasses: true,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  pruneFurniture(parsed.content);
  const text = blockText(parsed.content);
  return { url, title: parsed.title ?? null, outlet: parsed.siteName ?? null, text };
}
