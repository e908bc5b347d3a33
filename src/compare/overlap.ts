/** Word-set overlap, the one measure of "how much two texts say the same" that every stage uses. */

/** How many words of `a` are also in `b`. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}

/** Share of the smaller set's words found in the other (containment); 0 when either is empty. */
export function overlap(a: Iterable<string>, b: Iterable<string>): number {
  const sa = toSet(a);
  const sb = toSet(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  return sharedCount(sa, sb) / Math.min(sa.size, sb.size);
}

/** Dice coefficient of two word sets: shared words over their mean size; 0 when either is empty. */
export function dice(a: Iterable<string>, b: Iterable<string>): number {
  const sa = toSet(a);
  const sb = toSet(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  return (2 * sharedCount(sa, sb)) / (sa.size + sb.size);
}

function toSet(words: Iterable<string>): ReadonlySet<string> {
  return words instanceof Set ? words : new Set(words);
}
