import type { Span } from '../model/index.js';

/** A span to mark in a text, with the CSS class that says what it is. */
export interface Mark extends Span {
  kind: string;
  title: string;
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
