import type { Article } from '../model/index.js';

/** What places a report in time: its publish date and, to break ties, its id. */
export type Reported = Pick<Article, 'published' | 'id'>;

/**
 * Reporting order, the one rule every stage uses: earliest publish date first; undated articles
 * after every dated one (a report whose date is unknown cannot be shown to come first, and a
 * story's earliest dated report is what a reader should see first); ties by article id, so any
 * input order gives the same result.
 */
export function byReportingOrder(a: Reported, b: Reported): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    const byDate = a.published.localeCompare(b.published);
    if (byDate !== 0) return byDate;
  }
  return a.id.localeCompare(b.id);
}

/** Analyses in reporting order (a new array). */
export function inReportingOrder<T extends { article: Reported }>(analyses: readonly T[]): T[] {
  return [...analyses].sort((a, b) => byReportingOrder(a.article, b.article));
}
