import { httpUrl } from '../util/format.js';
import { sentenceParts } from './markers.js';
import type { Brief, BriefSentence } from './types.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML attribute value. */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Escapes text for HTML element content. Quote marks need no escape there and stay as written, so
 * a quotation reads the same to `verify` in HTML as in Markdown.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]);
}

function cite(n: number): string {
  return `<sup class="cite"><a href="#source-${n}">[${n}]</a></sup>`;
}

/** A sentence with its own citations as links to the source list; a source's "[1]" stays text. */
function sentenceHtml(s: BriefSentence): string {
  const { parts, inline } = sentenceParts(s);
  const text = parts.map((p) => ('cite' in p ? cite(p.cite) : escapeHtml(p.text))).join('');
  return inline ? text : `${text} ${s.citations.map(cite).join('')}`;
}

/** Renders a brief as a self-contained HTML fragment (an <article>); every text and URL is escaped. */
export function briefToHtml(brief: Brief): string {
  const out = [
    `<article class="brief" data-story="${escapeAttribute(brief.storyId)}">`,
    `<h1>${escapeHtml(brief.title)}</h1>`,
  ];
  for (const section of brief.sections) {
    out.push(`<section class="${section.id}">`);
    if (section.heading) out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.id === 'timeline') {
      out.push('<ul>');
      for (const p of section.paragraphs) {
        out.push(`<li><time>${escapeHtml(p[0]?.date ?? '')}</time> ${p.map(sentenceHtml).join(' ')}</li>`);
      }
      out.push('</ul>');
    } else {
      for (const p of section.paragraphs) out.push(`<p>${p.map(sentenceHtml).join(' ')}</p>`);
    }
    out.push('</section>');
  }
  for (const note of brief.notes) out.push(`<p class="note">${escapeHtml(note)}</p>`);
  out.push('<section class="sources">', '<h2>Sources</h2>', '<ol>');
  for (const s of brief.sources) {
    const url = httpUrl(s.url);
    const title = url ? `<a href="${escapeAttribute(url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
    const meta = [s.outlet, s.published?.slice(0, 10)].filter((x): x is string => Boolean(x)).map(escapeHtml);
    out.push(`<li id="source-${s.n}">${title}${meta.length > 0 ? `, ${meta.join(', ')}` : ''}</li>`);
  }
  out.push('</ol>', '</section>', '</article>');
  return `${out.join('\n')}\n`;
}
