/** The date part (YYYY-MM-DD) of an ISO date or date-time, or `missing` when there is none. */
export function isoDay(iso: string | null | undefined, missing = '—'): string {
  return iso ? iso.slice(0, 10) : missing;
}

/** The URL when it is http(s), else null: rendered links never carry javascript:, data: or file: URLs. */
export function httpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** A number as English copy writes it: 4,000 and 1.5. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
