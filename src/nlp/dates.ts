import * as chrono from 'chrono-node';
import type { DateMention, Doc } from '../model/index.js';
import type { Lexicon } from './lexicon.js';

/** A sentence this long is not prose; the parser is skipped so hostile input stays cheap. */
const MAX_SENTENCE = 2000;
/** "in 24 years" is a span of time in news ("the first visit in 24 years"), far more often than a date. */
const DURATION = /^in\s+(?:\d+|a|an|[a-z]+)\s+(?:years?|decades?|centuries)$/i;

/** The reference a relative date resolves against: the publish instant and its UTC offset in minutes. */
interface Reference {
  instant: Date;
  timezone: number;
}

/**
 * Finds the article's dates and times with chrono-node, resolved against the publish date
 * ("on Wednesday" in an article of Thursday 2024-10-24 → 2024-10-23). Values are ISO 8601 and as
 * precise as the text: a year ("last year" → 2023), a month ("in September" → 2024-09), a date,
 * or a date and time when the text gives the hour. Without a publish date only what the text
 * fixes (a written year and month) is kept, since nothing relative can be resolved.
 */
export function findDates(doc: Doc, { calendar }: Lexicon): DateMention[] {
  const ref = reference(doc.published);
  const found: DateMention[] = [];
  for (const s of doc.sentences) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    const sentence = doc.text.slice(s.start, s.end);
    if (!calendar.hint.test(sentence)) continue;
    const results = chrono.parse(sentence, ref ?? { instant: new Date(0), timezone: 0 });
    for (const r of results) {
      if (isAmbiguousWord(r.text, calendar.names) || DURATION.test(r.text)) continue;
      const value = isoOf(r.start, ref !== null);
      if (value === null) continue;
      const start = s.start + r.index;
      found.push({
        text: doc.text.slice(start, start + r.text.length),
        value,
        span: { start, end: start + r.text.length },
      });
    }
  }
  return found;
}

function reference(published: string | null): Reference | null {
  if (!published) return null;
  const instant = new Date(published);
  if (Number.isNaN(instant.getTime())) return null;
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(published);
  const timezone = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return { instant, timezone };
}

/** ISO value of a parsed date; null when it cannot be resolved without a reference, or names no day. */
function isoOf(c: chrono.ParsedComponents, resolved: boolean): string | null {
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  // Without a publish date only what the text fixes: a year, and a month or day within it.
  if (!resolved && !(c.isCertain('year') && c.isCertain('month'))) return null;
  // A bare time ("at 10:30") names no day: it is no date mention of its own.
  if (!dayKnown && !c.isCertain('month') && !c.isCertain('year')) return null;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null || year < 1 || year > 9999) return null;
  // "in September", "last year": only as precise as the text.
  if (!dayKnown && !c.isCertain('month')) return pad(year, 4);
  if (!dayKnown) return `${pad(year, 4)}-${pad(month, 2)}`;
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!c.isCertain('hour')) return date;
  return `${date}T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}`;
}

/** A date starting with a lowercase month or day name ("march at 6", "may", "sun") is a verb or noun far more often. */
function isAmbiguousWord(text: string, calendarNames: ReadonlySet<string>): boolean {
  const first = /^\p{Ll}+/u.exec(text);
  return first !== null && calendarNames.has(first[0]);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
