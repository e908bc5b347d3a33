import type { Figure, VerifyItem } from '../model/index.js';
import { formatNumber } from '../util/format.js';
import { type CheckedText, sentenceAt } from './sources.js';

/** Up to this many figures of a sentence are tried as the parts of a total. */
const MAX_PARTS = 6;

/**
 * A figure the draft derives ("the reports of 1,500 and another 1,500 imply at least 3,000"):
 * supported when two or three supported figures before it in its sentence add up to it.
 */
export function asSum(
  draft: CheckedText,
  figures: Figure[],
  items: VerifyItem[],
  i: number,
): VerifyItem | null {
  const f = figures[i];
  const sentence = sentenceAt(draft, f.span.start);
  const parts = figures
    .map((g, j) => ({ g, item: items[j] }))
    .filter(
      ({ g, item }) =>
        g.span.end <= f.span.start &&
        item.verdict === 'supported' &&
        sentenceAt(draft, g.span.start) === sentence,
    )
    .slice(-MAX_PARTS);
  for (const combo of combinations(parts, 2, 3)) {
    const total = combo.reduce((sum, p) => sum + p.g.value, 0);
    if (total === f.value) {
      const named = combo.map((p) => formatNumber(p.g.value)).join(' + ');
      return {
        ...items[i],
        verdict: 'supported',
        source: combo[0].item.source,
        note: `the sum of figures the sources give (${named})`,
      };
    }
  }
  return null;
}

function combinations<T>(xs: T[], min: number, max: number): T[][] {
  const out: T[][] = [];
  const walk = (from: number, picked: T[]) => {
    if (picked.length >= min) out.push(picked);
    if (picked.length === max) return;
    for (let k = from; k < xs.length; k++) walk(k + 1, [...picked, xs[k]]);
  };
  walk(0, []);
  return out;
}
