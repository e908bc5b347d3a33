import type { Span } from '../model/index.js';
import { httpUrl } from '../util/format.js';
import { sentenceParts } from './markers.js';
import type { Brief, BriefSentence } from './types.js';

/**
 * Characters Markdown reads as markup inside a line: emphasis, code, HTML, and link and image
 * brackets (escaped, `[x](javascript:…)` and `![](https://tracker/…)` stay text).
 */
const MARKDOWN_SPECIAL = /([\\`*_<>[\]])/g;

/** Markup a line may open with: a heading, quote, list item or rule. */
const LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * Source text as Markdown text: markup escaped, lines joined, and the bare addresses that GFM
 * renderers turn into links (`https://…`, `www.…`, `a@b.org`) broken by an escape, so the only
 * links in a brief are the ones it makes.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_SPECIAL, '\\$1')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(LINE_START, '$1\\$2');
}

/**
 * A source's URL as the one link the brief makes for it: http(s) only, and re-serialised, which
 * percent-encodes the spaces and angle brackets that could end an autolink early.
 */
function linkUrl(url: string | null): string | null {
  const http = httpUrl(url);
  if (!http) return null;
  try {
    return new URL(http).href;
  } catch {
    return null;
  }
}

/** A sentence with its citations: its own markers where it places them, else "[n]" after it. */
function citedText(s: BriefSentence): string {
  const { parts, inline } = sentenceParts(s);
  const text = parts.map((p) => ('cite' in p ? `[${p.cite}]` : escapeMarkdown(p.text))).join('');
  if (inline) return text;
  const marks = s.citations.map((n) => `[${n}]`).join('');
  // "… publicly [1]." reads as copy; after a closing quote the marks follow it.
  return /[^.!?][.!?]$/.test(text) ? `${text.slice(0, -1)} ${marks}${text.slice(-1)}` : `${text} ${marks}`;
}

/** Renders a brief as Markdown: title, sections, and the numbered source list (headline, outlet, date, URL). */
export function briefToMarkdown(brief: Brief): string {
  return markdownWithSpans(brief).markdown;
}

/** The Markdown of a brief, and where each of its sentences is in it (for the verify gate). */
export function markdownWithSpans(brief: Brief): { markdown: string; spans: Map<BriefSentence, Span> } {
  let md = '';
  const line = (text: string) => {
    md += `${text}\n`;
  };
  const spans = new Map<BriefSentence, Span>();
  line(`# ${escapeMarkdown(brief.title)}`);
  line('');
  for (const section of brief.sections) {
    if (section.heading) {
      line(`## ${section.heading}`);
      line('');
    }
    for (const p of section.paragraphs) {
      const date = p[0]?.date;
      let at = md.length + (date ? `- ${date}: `.length : 0);
      const texts = p.map((s) => {
        const text = citedText(s);
        spans.set(s, { start: at, end: at + text.length });
        at += text.length + 1;
        return text;
      });
      line(date ? `- ${date}: ${texts.join(' ')}` : texts.join(' '));
      if (!date) line('');
    }
    if (section.id === 'timeline') line('');
  }
  if (brief.notes.length > 0) {
    for (const note of brief.notes) line(`_${escapeMarkdown(note)}_`);
    line('');
  }
  line('## Sources');
  line('');
  for (const s of brief.sources) {
    const url = linkUrl(s.url);
    const parts = [
      escapeMarkdown(s.title),
      s.outlet ? escapeMarkdown(s.outlet) : null,
      s.published?.slice(0, 10) ?? null,
      url ? `<${url}>` : null,
    ];
    line(`- [${s.n}] ${parts.filter((p) => p).join(', ')}`);
  }
  return { markdown: md, spans };
}

/**
 * The link and image targets a Markdown text carries, as GFM renderers would make them live:
 * inline links and images (an image as `!target`), autolinks, and bare `http(s)://` and `www.`
 * addresses. Escaped brackets and addresses are not links.
 */
export function linksIn(markdown: string): string[] {
  const links: string[] = [];
  for (const m of markdown.matchAll(/(!?)(?<!\\)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)/g))
    links.push(`${m[1]}${m[2]}`);
  for (const m of markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^\s>]*)>/gi)) links.push(m[1]);
  const bare = markdown.replace(/<[a-z][a-z0-9+.-]*:[^\s>]*>/gi, ' ').replace(/\]\([^)]*\)/g, ' ');
  for (const m of bare.matchAll(/(?<![\\\w])(?:https?:\/\/|www\.)[^\s<>()]+/gi)) links.push(m[0]);
  return links;
}
