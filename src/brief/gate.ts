import type { VerifyReport } from '../model/index.js';
import { markdownWithSpans } from './markdown.js';
import type { Brief, BriefSection, BriefSentence } from './types.js';

/** Checks a brief's Markdown against the story's sources, as `dossier verify BRIEF --story ID` does. */
export type BriefCheck = (markdown: string) => VerifyReport;

/** Rounds of checking: a dropped sentence can change whom the next one's "he" is read as. */
const MAX_ROUNDS = 3;

/**
 * The brief with every sentence that `check` does not find supported left out: what the brief
 * says passes the project's own verify, in every format (they render the same sentences). The
 * quotes and figures it lists are those it still shows. `dropped` counts the sentences left out.
 */
export function gateBrief(brief: Brief, check: BriefCheck): { brief: Brief; dropped: number } {
  let current = brief;
  let dropped = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { markdown, spans } = markdownWithSpans(current);
    const bad = check(markdown).items.filter((i) => i.verdict !== 'supported');
    const out = new Set<BriefSentence>();
    for (const [s, at] of spans)
      if (bad.some((i) => i.span.start < at.end && at.start < i.span.end)) out.add(s);
    if (out.size === 0) break;
    dropped += out.size;
    current = withoutSentences(current, out);
  }
  return { brief: current, dropped };
}

/** A brief without some of its sentences; empty paragraphs and sections go too, and what they showed. */
export function withoutSentences(brief: Brief, out: Set<BriefSentence>): Brief {
  if (out.size === 0) return brief;
  const sections = brief.sections
    .map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((p) => p.filter((s) => !out.has(s))).filter((p) => p.length > 0),
    }))
    .filter((section) => section.paragraphs.length > 0);
  const shown = sections.flatMap((section) => section.paragraphs.flat());
  const shows = (text: string, ns: number[]) =>
    shown.some((s) => s.text.includes(text) && ns.some((n) => s.citations.includes(n)));
  return {
    ...brief,
    sections,
    quotes: brief.quotes.filter((q) => shows(q.text, [q.n])),
    figures: brief.figures.filter((f) => shows(f.text, f.citations)),
    notes: notesFor(brief.sources.length, sections),
  };
}

/** Remarks about the brief itself: one source only, or a part the sources do not give. */
export function notesFor(articles: number, sections: BriefSection[]): string[] {
  const notes: string[] = [];
  if (articles === 1) notes.push('Only one article covers this story: nothing could be cross-checked.');
  const has = new Set(sections.map((s) => s.id));
  if (!has.has('figures')) notes.push('The sources give no figures.');
  if (!has.has('quotes')) notes.push('The sources quote no one.');
  if (!has.has('lead')) notes.push('The sources have no body sentences to report.');
  return notes;
}
