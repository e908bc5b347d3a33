import { inReportingOrder, isPronoun, surnameOf } from '../compare/index.js';
import type { Citation } from '../ledger/index.js';
import type { Analysis, Span } from '../model/index.js';
import { type Candidate, candidatesOf, supportCounts } from './sentences.js';

/** Two sentences this alike (Dice over content words) report the same development. */
export const SAME_DEVELOPMENT = 0.45;

import type { BriefFigure, BriefQuote, BriefSentence, BriefSource } from './types.js';

/** What every section writer reads and records while one brief is written. */
export interface Workbench {
  analyses: Analysis[];
  sources: BriefSource[];
  numberOf: Map<string, number>;
  candidates: Candidate[];
  /** How many other articles carry a sentence like each candidate. */
  support: Map<Candidate, number>;
  /** Keys of source sentences already in the brief: nothing is said twice. */
  used: Set<string>;
  quotes: BriefQuote[];
  figures: BriefFigure[];
}

/** A headline longer than this is cut (with "…"): a 5 MB title must not make a 5 MB brief. */
const MAX_TITLE = 300;

/** A title as the brief shows it: at most MAX_TITLE characters. */
export function briefTitle(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
}

/** Numbers the story's articles by publish date (undated last) and reads their sentences. */
export function openWorkbench(analyses: Analysis[]): Workbench {
  const ordered = inReportingOrder(analyses);
  const sources = ordered.map((a, i) => ({
    n: i + 1,
    articleId: a.article.id,
    title: briefTitle(a.article.title),
    outlet: a.article.outlet,
    published: a.article.published,
    url: a.article.url,
  }));
  const candidates = ordered.flatMap((a, i) => candidatesOf(a, i + 1));
  return {
    analyses: ordered,
    sources,
    numberOf: new Map(sources.map((s) => [s.articleId, s.n])),
    candidates,
    support: supportCounts(candidates, SAME_DEVELOPMENT),
    used: new Set(),
    quotes: [],
    figures: [],
  };
}

/** The source sentence holding a span, if it is a body sentence the brief may copy. */
export function sentenceAt(w: Workbench, citation: Citation): Candidate | null {
  return (
    w.candidates.find(
      (c) =>
        c.articleId === citation.articleId &&
        c.span.start <= citation.span.start &&
        citation.span.end <= c.span.end,
    ) ?? null
  );
}

function keyOf(c: Candidate): string {
  return `${c.articleId}:${c.span.start}`;
}

/**
 * Whether a source sentence can be read alone: it opens on no pronoun, closes every quote it
 * opens, and every quotation or reported speech in it names its speaker inside it. Out of its paragraph, "he said" would point at
 * whoever the brief named last, and a reader (and `verify`) would give the words to someone else.
 */
export function standsAlone(w: Workbench, c: Candidate): boolean {
  if (c.dangling || !c.balanced) return false;
  const { article, quotes } = w.analyses[c.n - 1];
  return quotes.every((q) => {
    if (q.span.end <= c.span.start || q.span.start >= c.span.end) return true;
    const who = q.speaker;
    if (!who) return false;
    const mention = article.text.slice(who.span.start, who.span.end);
    const inside = who.span.start >= c.span.start && who.span.end <= c.span.end && !isPronoun(mention);
    return inside || c.text.includes(surnameOf(who.name));
  });
}

/** Whether a source sentence is already in the brief. */
export function isUsed(w: Workbench, c: Candidate): boolean {
  return w.used.has(keyOf(c));
}

/** Marks a source sentence as in the brief without copying it (it is part of a longer passage). */
export function markUsed(w: Workbench, c: Candidate): void {
  w.used.add(keyOf(c));
}

/** Copies a source sentence into the brief, recording the figures it states. */
export function extract(w: Workbench, c: Candidate): BriefSentence {
  // A syndicated copy carries the same sentence word for word: it is said once, citing every copy.
  const copies = [c, ...w.candidates.filter((o) => o.text === c.text && o !== c)];
  for (const o of copies) {
    w.used.add(keyOf(o));
    const analysis = w.analyses[o.n - 1];
    for (const f of analysis.figures) {
      if (f.span.start >= o.span.start && f.span.end <= o.span.end) {
        w.figures.push({
          text: f.text,
          value: f.value,
          citations: [o.n],
          source: { articleId: o.articleId, span: f.span },
          derived: false,
        });
      }
    }
  }
  return {
    text: c.text,
    citations: [...new Set(copies.map((o) => o.n))].sort((a, b) => a - b),
    kind: 'extract',
    source: { articleId: c.articleId, span: c.span },
  };
}

/** A sentence the brief writes itself (attribution, reconciliation), with the sources it rests on. */
export function generated(text: string, citations: number[]): BriefSentence {
  // A claimant's name may open the sentence in lower case ("the State Fire Service …").
  const opened = text.charAt(0).toUpperCase() + text.slice(1);
  return {
    text: opened,
    citations: [...new Set(citations)].sort((a, b) => a - b),
    kind: 'generated',
    source: null,
  };
}

/** The number of a cited article. */
export function numberOf(w: Workbench, articleId: string): number {
  const n = w.numberOf.get(articleId);
  if (n === undefined) throw new Error(`article ${articleId} is not part of the story`);
  return n;
}

/** The exact source text of a span. */
export function sourceText(w: Workbench, articleId: string, span: Span): string {
  return w.analyses[numberOf(w, articleId) - 1].article.text.slice(span.start, span.end);
}
