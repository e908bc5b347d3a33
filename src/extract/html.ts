import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../model/index.js';

/** Extracts the article body and title from an HTML page (first cut; issue 3 refines it). */
export function extractArticle(html: string, url: string | null = null): ArticleInput | null {
  const { document } = parseHTML(html);
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is structurally a DOM Document.
  const parsed = new Readability(document as any).parse();
  if (!parsed?.textContent) return null;
  return { url, title: parsed.title ?? null, outlet: parsed.siteName ?? null, text: parsed.textContent };
}
