import { extract, generated, sentenceAt, type Workbench } from './context.js';
import type { BriefSection, BriefSentence } from './types.js';

interface Event {
  date: string;
  order: number;
  sentence: BriefSentence;
}

/** How long before the first report a dated event may lie to be on the timeline. */
const TIMELINE_LOOKBACK_DAYS = 45;

function shiftDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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
  const published = w.sources.flatMap((s) => (s.published ? [day(s.published)] : [])).sort();
  const from = published.length > 0 ? shiftDays(published[0], -TIMELINE_LOOKBACK_DAYS) : '';
  const to = published.at(-1) ?? '';
  for (const a of w.analyses) {
    // Relative dates ("last week") of an undated article have no anchor; other dates must fall near the coverage.
    if (!a.article.published) continue;
    for (const d of a.dates) {
      if (day(d.value) < from || day(d.value) > to) continue;
      const c = sentenceAt(w, { articleId: a.article.id, span: d.span });
      if (!c || events.some((e) => e.sentence.text === c.text)) continue;
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
