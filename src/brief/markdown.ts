import type { Brief, BriefSentence } from './types.js';

/** Characters Markdown would read as markup inside a sentence. */
const MARKDOWN_SPECIAL = /([\\`*_<>])/g;

/** A sentence with its citations: inline markers when it has them, else "[n]" after it. */
function citedText(s: BriefSentence, escapeText: (t: string) => string = (t) => t): string {
  const text = escapeText(s.text);
  if (/\[\d+\]/.test(s.text)) return text;
  const marks = s.citations.map((n) => `[${n}]`).join('');
  // "… publicly [1]." reads as copy; after a closing quote the marks follow it.
  return /[^.!?][.!?]$/.test(text) ? `${text.slice(0, -1)} ${marks}${text.slice(-1)}` : `${text} ${marks}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$1');
}

/** Renders a brief as Markdown: title, sections, and the numbered source list (headline, outlet, date, URL). */
export function briefToMarkdown(brief: Brief): string {
  const out = [`# ${escapeMarkdown(brief.title)}`, ''];
  for (const section of brief.sections) {
    if (section.heading) out.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) {
      const line = p.map((s) => citedText(s, escapeMarkdown)).join(' ');
      const date = p[0]?.date;
      out.push(date ? `- ${date}: ${line}` : line);
      if (!date) out.push('');
    }
    if (section.id === 'timeline') out.push('');
  }
  if (brief.notes.length > 0) {
    for (const note of brief.notes) out.push(`_${escapeMarkdown(note)}_`);
    out.push('');
  }
  out.push('## Sources', '');
  for (const s of brief.sources) {
    const parts = [
      escapeMarkdown(s.title),
      s.outlet ? escapeMarkdown(s.outlet) : null,
      s.published?.slice(0, 10) ?? null,
      s.url,
    ];
    out.push(`- [${s.n}] ${parts.filter((p) => p).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
