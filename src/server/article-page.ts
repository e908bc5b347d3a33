import { html } from 'hono/html';
import type { Analysis } from '../model/index.js';
import { splitSentences, tokenize } from '../nlp/index.js';
import { httpUrl, isoDay } from '../util/format.js';
import { highlight, type Mark, marksWithin } from './highlight.js';

/** The sentence (or sentences) around a span of `text`: where a ledger or claims link points. */
export function sentenceAround(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } {
  const sentences = splitSentences(text, tokenize(text));
  const first = sentences.find((s) => s.end > span.start);
  const last = [...sentences].reverse().find((s) => s.start < span.end);
  if (!first || !last) return span;
  return { start: Math.min(first.start, span.start), end: Math.max(last.end, span.end) };
}

/** An article's quotes (verbatim and reported apart, each naming its speaker) and figures as marks. */
export function articleMarks(analysis: Analysis): Mark[] {
  return [
    // A quote split by its cue is marked part by part, so "said Victor Cha" stays unmarked.
    ...analysis.quotes.flatMap((q) => {
      const parts = q.fragments ?? [q.span];
      const speaker = q.speaker?.name ?? 'unknown speaker';
      return parts.map((part, i) => ({
        ...part,
        kind: q.kind === 'indirect' ? 'reported' : 'quote',
        title: `${q.kind === 'indirect' ? 'reported speech' : 'quote'}: ${speaker}`,
        label: i === parts.length - 1 ? speaker : undefined,
      }));
    }),
    ...analysis.figures.map((f) => ({
      ...f.span,
      kind: 'figure',
      title: `${f.qualifier} ${f.value} ${f.unit ?? ''}`.trim(),
    })),
  ];
}

function marked(text: string, marks: readonly Mark[]) {
  return highlight(text, marks).map((s) =>
    s.mark
      ? html`<mark class="${s.mark.kind}" title="${s.mark.title}">${s.text}</mark>${s.mark.label ? html`<span class="who">${s.mark.label}</span>` : ''}`
      : s.text,
  );
}

/**
 * An article's text with its quotes and figures marked. The speaker of each quote is printed after
 * it (not only on hover); `target`, a span a link points at, is widened to its sentence and outlined.
 */
export function articleView(analysis: Analysis, target: { start: number; end: number } | null) {
  const { article } = analysis;
  const text = article.text;
  const marks = articleMarks(analysis);
  const at = target ? sentenceAround(text, target) : null;
  const body = at
    ? html`${marked(text.slice(0, at.start), marksWithin(marks, 0, at.start))}<span id="at" class="target">${marked(
        text.slice(at.start, at.end),
        marksWithin(marks, at.start, at.end),
      )}</span>${marked(text.slice(at.end), marksWithin(marks, at.end, text.length))}`
    : marked(text, marks);
  return html`<h1>${article.title}</h1>
<p class="meta">${article.outlet ?? '—'} · ${isoDay(article.published)}${article.url ? html` · <a href="${httpUrl(article.url) ?? '#'}" rel="noopener noreferrer">source</a>` : ''}</p>
<p class="meta">${analysis.entities.length} entities · ${analysis.quotes.length} quotes · ${analysis.figures.length} figures · ${analysis.claims.length} claims ·
<mark class="quote">quoted words</mark> <mark class="reported">reported speech</mark> <mark class="figure">figure</mark>${at ? html` · <a href="#at">the linked sentence</a>` : ''}</p>
<div class="article-text">${body}</div>`;
}
