/** Sums the weights of a candidate's features: its score as a cue (positive means yes). */
export function scoreFeatures(weights: Record<string, number>, bias: number, features: string[]): number {
  let s = bias;
  for (const f of features) {
    const w = weights[f];
    if (w !== undefined) s += w;
  }
  return s;
}
