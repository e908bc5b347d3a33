/** Index of the first element whose key is ≥ `at` (binary search). */
export function lowerBound<T>(items: readonly T[], at: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
