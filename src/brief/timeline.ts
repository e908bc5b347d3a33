import { extract, generated, isUsed, sentenceAt, standsAlone, type Workbench } from './context.js';
import type { Candidate } from './sentences.js';
import type { BriefSection, BriefSentence } from './types.js';

/** A timeline entry: a report's publication (a written sentence) or a dated event (a source sentence, copied once chosen). */
interface Event {
  date: string;
  order: number;
  entry: BriefSentence | Candidate;
}

/** A headline that quotes someone: double quote marks, or a single one opening a word. */
const QUOTED_HEADLINE = /[“”"]|(?:^|\s)['‘]\S/;

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
    // A headline with quotation marks would read as the outlet's own quote, and "X reports." alone says nothing.
    if (!s.published || QUOTED_HEADLINE.test(s.title)) continue;
    const outlet = s.outlet ?? 'A report';
    events.push({
      date: day(s.published),
      order: s.n * 1000,
      entry: generated(`${outlet} reports: ${s.title.replace(/[.!?]$/, '')}.`, [s.n]),
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
      // One event a day, nothing already in the brief, and no quotations: out of their paragraph their speaker may be a bare "she".
      if (!c || isUsed(w, c) || /[“”"]/.test(c.text) || !standsAlone(w, c)) continue;
      if (events.some((e) => (e.date === day(d.value) && 'span' in e.entry) || e.entry.text === c.text))
        continue;
      events.push({ date: day(d.value), order: c.n * 1000 + c.index + 1, entry: c });
    }
  }
  // Only the chosen events are copied, so the brief records only the figures it shows.
  const chosen = events
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .slice(0, max)
    .map((e) => ({ ...('span' in e.entry ? extract(w, e.entry) : e.entry), date: e.date }));
  if (chosen.length === 0) return null;
  return { id: 'timeline', heading: 'Timeline', paragraphs: chosen.map((s) => [s]) };
}
