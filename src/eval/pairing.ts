/**
 * One-to-one pairs from candidates already sorted best first: a candidate is taken unless one of
 * its two sides was taken by a better one (the greedy matching every span scorer here uses).
 */
export function takeGreedyPairs<A, B>(sorted: readonly (readonly [number, A, B])[]): [A, B][] {
  const usedA = new Set<A>();
  const usedB = new Set<B>();
  const pairs: [A, B][] = [];
  for (const [, a, b] of sorted) {
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    pairs.push([a, b]);
  }
  return pairs;
}
