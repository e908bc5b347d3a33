import type { Figure } from '../model/index.js';

/** The parts of a figure that say which number it gives. */
export type FigureValue = Pick<Figure, 'value' | 'low' | 'high' | 'qualifier'>;

/** Relative gap under which two exact values are the same number (rounding in the copy). */
const SAME_VALUE_TOLERANCE = 0.02;
/** Relative spread an approximate value ("about 2,500") stands for. */
const APPROX_TOLERANCE = 0.05;

/** The interval a figure stands for: ranges as given, approximate values widened a little. */
function interval(f: FigureValue): [number, number] {
  if (f.qualifier === 'range' && f.low !== null && f.high !== null) return [f.low, f.high];
  if (f.qualifier === 'approx') return [f.value * (1 - APPROX_TOLERANCE), f.value * (1 + APPROX_TOLERANCE)];
  return [f.value, f.value];
}

/**
 * Whether two reports give the same number, allowing rounding, approximation and ranges: the
 * ledger's and the brief's test for "sources agree", looser than what verify asks of a draft.
 */
export function sameValue(a: FigureValue, b: FigureValue): boolean {
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  if (Math.abs(a.value - b.value) / scale <= SAME_VALUE_TOLERANCE) return true;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi && blo <= ahi;
}
