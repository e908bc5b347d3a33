import { briefToHtml } from './html.js';
import { briefToMarkdown } from './markdown.js';
import type { Brief } from './types.js';

/** The formats a brief renders to. */
export type BriefFormat = 'md' | 'html' | 'json';

/** Renders a brief as Markdown, HTML or JSON (the Brief object itself, pretty-printed). */
export function renderBrief(brief: Brief, format: BriefFormat): string {
  if (format === 'html') return briefToHtml(brief);
  if (format === 'json') return `${JSON.stringify(brief, null, 2)}\n`;
  return briefToMarkdown(brief);
}
