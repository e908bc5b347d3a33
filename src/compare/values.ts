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

/** How a source figure bears on a draft figure's number, read as each is written. */
export type ValueMatch =
  /** The same number: equal, or a number the draft's approximation rounds. */
  | 'same'
  /** The draft states exactly a number the source gives only approximately. */
  | 'precision'
  | 'different';

/**
 * Compares numbers as written, the way a fact-checker does: exact against exact must be equal
 * (units are already normalised: $1.2 billion is $1,200 million); an approximate draft figure
 * is the same as a source figure it rounds ("about 650,000" and 648,000); an exact draft figure
 * against an approximate source figure of that value claims a precision the source does not give.
 * Ranges must have the same ends; "at least" and "at most" figures compare their bounds.
 */
export function matchValue(draft: FigureValue, source: FigureValue): ValueMatch {
  if (draft.qualifier === 'range' || source.qualifier === 'range') {
    return draft.low === source.low && draft.high === source.high && equal(draft.value, source.value)
      ? 'same'
      : 'different';
  }
  if (draft.qualifier === 'approx') {
    return equal(roundTo(source.value, precisionOf(draft.value)), draft.value) ? 'same' : 'different';
  }
  if (!equal(draft.value, source.value)) return 'different';
  return source.qualifier === 'approx' && draft.qualifier === 'exact' ? 'precision' : 'same';
}

function equal(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** The unit of the last significant digit of a number as written: 650,000 → 10,000; 2.5 → 0.1. */
export function precisionOf(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  let p = 10 ** Math.floor(Math.log10(v));
  // Down from the leading digit's unit to the first unit that divides the number.
  while (p > 1e-6 && !equal(roundTo(v, p), v)) p /= 10;
  return p;
}

function roundTo(value: number, unit: number): number {
  return Math.round(value / unit) * unit;
}
