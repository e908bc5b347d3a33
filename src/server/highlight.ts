import type { Span } from '../model/index.js';

/** A span to mark in a text, with the CSS class that says what it is. */
export interface Mark extends Span {
  kind: string;
  title: string;
  /** Printed after the marked text (a quote's speaker), so it shows without hovering. */
  label?: string;
}

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  mark: Mark | null;
}

/**
 * Cuts `text` into plain and marked runs. Marks are taken in the order given and a mark that
 * overlaps an earlier one is dropped, so callers list the most important kinds first.
 */
export function highlight(text: string, marks: readonly Mark[]): Segment[] {
  const kept: Mark[] = [];
  // One byte per code unit: checking a mark costs its length, so the whole pass stays linear.
  const taken = new Uint8Array(text.length);
  for (const m of marks) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end) continue;
    if (taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of kept) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), mark: null });
    segments.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/** The marks that fall in [start, end), cut to it and shifted so offsets count from `start`. */
export function marksWithin(marks: readonly Mark[], start: number, end: number): Mark[] {
  return marks
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({
      ...m,
      start: Math.max(m.start, start) - start,
      end: Math.min(m.end, end) - start,
      // A mark cut in two keeps its label on the piece where it ends.
      label: m.end <= end ? m.label : undefined,
    }));
}

/** The `at` query parameter ("120-164"): a span of `text`, or null when absent or out of range. */
export function spanParam(value: string | undefined, text: string): { start: number; end: number } | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= text.length ? { start, end } : null;
}
