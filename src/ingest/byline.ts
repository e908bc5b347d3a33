import type { ArticleInput } from '../model/index.js';

/** A byline/dateline is a short line near the top; longer lines are prose. */
const MAX_BYLINE = 140;
const SEPARATOR = /\s+[|—–·•]\s+|\s+-\s+/;
const AUTHOR = /^by\s+/i;

/**
 * Reads a plain-text article's title and byline line ("By A. Writer | The Outlet | October 21, 2024",
 * "The Outlet — Friday, March 14, 2025"): the first line is the title, and the first short line after
 * it that holds a date gives the publish date and the outlet (the part that is neither an author nor
 * a date). The text is returned whole: the byline stays in the article as printed.
 */
export function readPlainText(text: string, origin: string): ArticleInput {
  const lines = text.split('\n').map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l !== '');
  const input: ArticleInput = { text, origin };
  if (titleAt < 0) return input;
  const bylineAt = lines.findIndex((l, i) => i > titleAt && l !== '');
  const byline = bylineAt > 0 ? parseByline(lines[bylineAt]) : null;
  if (!byline) return input;
  return { ...input, title: lines[titleAt], outlet: byline.outlet, published: byline.published };
}

/** The outlet and date of a byline line, or null when the line is not one. */
export function parseByline(line: string): { outlet: string | null; published: string } | null {
  if (line.length > MAX_BYLINE || /[.!?]["”’]?$/.test(line)) return null;
  const parts = line
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  let published: string | null = null;
  let outlet: string | null = null;
  for (const part of parts) {
    const date = dateOf(part);
    if (date && !published) published = date;
    else if (!date && !AUTHOR.test(part) && !outlet) outlet = part;
  }
  return published ? { outlet, published } : null;
}

/** A calendar date written out ("October 21, 2024", "Friday, March 14, 2025", "2024-10-21") as ISO. */
function dateOf(part: string): string | null {
  const cleaned = part.replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,\s*/i, '');
  if (!/\d{4}/.test(cleaned) || !/^[\p{L}\d][\p{L}\d ,.-]*$/u.test(cleaned)) return null;
  const t = Date.parse(`${cleaned} 12:00 UTC`);
  const iso = Number.isNaN(t) ? Date.parse(cleaned) : t;
  return Number.isNaN(iso) ? null : new Date(iso).toISOString().slice(0, 10);
}
