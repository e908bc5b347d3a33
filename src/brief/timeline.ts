import { extract, generated, sentenceAt, type Workbench } from './context.js';
import type { BriefSection, BriefSentence } from './types.js';

interface Event {
  date: string;
  order: number;
  sentence: BriefSentence;
}

/** The date part of an ISO date-time. */
function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The timeline: each article's report on its publish date, and each dated event the articles
 * mention (their sentence copied), in date order. Each entry carries its day in `date`.
 */
export function writeTimeline(w: Workbench, max: number): BriefSection | null {
  const events: Event[] = [];
  for (const s of w.sources) {
    if (!s.published) continue;
    const outlet = s.outlet ?? 'A report';
    events.push({
      date: day(s.published),
      order: s.n * 1000,
      sentence: generated(`${outlet} reports: “${s.title}”.`, [s.n]),
    });
  }
  for (const a of w.analyses) {
    for (const d of a.dates) {
      const c = sentenceAt(w, { articleId: a.article.id, span: d.span });
      if (!c || events.some((e) => e.sentence.source?.span.start === c.span.start)) continue;
      events.push({ date: day(d.value), order: c.n * 1000 + c.index + 1, sentence: extract(w, c) });
    }
  }
  const chosen = events
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .slice(0, max)
    .map((e) => ({ ...e.sentence, date: e.date }));
  if (chosen.length === 0) return null;
  return { id: 'timeline', heading: 'Timeline', paragraphs: chosen.map((s) => [s]) };
}
