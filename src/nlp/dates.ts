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

/** Characters at the top of an article where a printed date is its dateline ("Tuesday, May 24, 2005"). */
const DATELINE_CHARS = 400;
/** Characters a dateline's line may hold besides the date ("Updated:", the hour, a time zone, an outlet). */
const DATELINE_EXTRA = 55;
/** A written year: "2013", "'09". */
const WRITTEN_YEAR = /\b\d{4}\b|['’]\d{2}\b/;

/**
 * Finds the article's dates and times with chrono-node, resolved against the publish date
 * ("on Wednesday" in an article of Thursday 2024-10-24 → 2024-10-23). Values are ISO 8601 and as
 * precise as the text: a year ("last year" → 2023), a month ("in September" → 2024-09), a date,
 * or a date and time when the text gives the hour. A bare weekday is the one before the publish
 * date unless its sentence speaks of the future ("will meet on Friday"). Without a publish date the
 * printed date of the opening (the dateline) is the reference; without either only what the text
 * fixes (a written year and month) is kept, never a date relative to nothing.
 */
export function findDates(doc: Doc, lexicon: Lexicon): DateMention[] {
  const ref = reference(doc.published);
  if (ref) return datesAgainst(doc, lexicon, ref);
  const printed = datesAgainst(doc, lexicon, null);
  const dateline = datelineOf(doc.text, printed);
  return dateline ? datesAgainst(doc, lexicon, reference(dateline)) : printed;
}

/**
 * The date printed on a line of its own at the top of an article (within `DATELINE_CHARS`, its year
 * written, little else on the line, no full stop at its end: "Posted: May 24, 2005, 3:23 PM ET"): the day a feed without
 * dates most likely published it. A date inside a sentence of prose tells of an event, not of the
 * article. Null when the opening prints none.
 */
export function datelineOf(text: string, dates: readonly DateMention[]): string | null {
  for (const d of dates) {
    if (d.span.start >= DATELINE_CHARS) break;
    if (d.value.length < 10 || !WRITTEN_YEAR.test(d.text)) continue;
    const lineStart = text.lastIndexOf('\n', d.span.start - 1) + 1;
    const next = text.indexOf('\n', d.span.end);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd).trim();
    // A line ending in a full stop is a sentence of prose, not a dateline.
    if (line.length - d.text.length <= DATELINE_EXTRA && !line.endsWith('.')) return d.value.slice(0, 10);
  }
  return null;
}

function datesAgainst(doc: Doc, { calendar }: Lexicon, ref: Reference | null): DateMention[] {
  const found: DateMention[] = [];
  for (const s of doc.sentences) {
    if (s.end - s.start > MAX_SENTENCE) continue;
    const sentence = doc.text.slice(s.start, s.end);
    if (!calendar.hint.test(sentence)) continue;
    const results = chrono.parse(sentence, ref ?? { instant: new Date(0), timezone: 0 });
    for (const r of results) {
      if (isAmbiguousWord(r.text, calendar.names) || DURATION.test(r.text)) continue;
      // With nothing to resolve against, "yesterday" is no date (it would be 1969-12-31).
      if (!ref && !WRITTEN_YEAR.test(r.text)) continue;
      const iso = isoOf(r.start, ref !== null);
      if (iso === null) continue;
      const value = ref ? weekdayTense(iso, r.start, ref, calendar.future.test(sentence)) : iso;
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

/**
 * A bare weekday ("on Friday") is the closest one to the reference for chrono; news reports the
 * past, so it is the one before unless the sentence speaks of the future, then the one after.
 */
function weekdayTense(value: string, c: chrono.ParsedComponents, ref: Reference, future: boolean): string {
  if (!c.isCertain('weekday') || c.isCertain('day')) return value;
  const day = Date.parse(value.slice(0, 10));
  const today = Date.parse(localDay(ref));
  if (!Number.isFinite(day) || !Number.isFinite(today) || day === today) return value;
  const shift = day > today && !future ? -7 : day < today && future ? 7 : 0;
  if (shift === 0) return value;
  return new Date(day + shift * 86_400_000).toISOString().slice(0, 10) + value.slice(10);
}

/** The reference's calendar day in its own time zone. */
function localDay(ref: Reference): string {
  return new Date(ref.instant.getTime() + ref.timezone * 60_000).toISOString().slice(0, 10);
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
