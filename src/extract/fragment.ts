import { parseHTML } from 'linkedom';
import { blockText } from './text.js';

/** Renders an HTML fragment (a feed item's content, a JSON article's `html`) as paragraph text. */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockText(document.body) : '';
}
