// Training only (npm run train:quotes): outside src/, so the runtime build does not ship it. The
// runtime scores with the averaged weights through scoreFeatures (src/nlp/quotes/perceptron.ts).

/**
 * A binary averaged perceptron (Collins 2002): deterministic for a fixed example order. Averaging uses
 * the lazy-update trick, so each step costs only the features of one example.
 */
export class AveragedPerceptron {
  private readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  private bias = 0;
  private biasTotal = 0;
  private biasStamp = 0;
  private step = 0;

  /** Scores with the current (not averaged) weights. */
  score(features: string[]): number {
    let s = this.bias;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  /** Learns from one example: updates only when the prediction is wrong. */
  learn(features: string[], label: boolean): void {
    this.step++;
    const guess = this.score(features) > 0;
    if (guess === label) return;
    const delta = label ? 1 : -1;
    for (const f of features) this.bump(f, delta);
    this.biasTotal += (this.step - this.biasStamp) * this.bias;
    this.biasStamp = this.step;
    this.bias += delta;
  }

  private bump(f: string, delta: number): void {
    const current = this.w.get(f) ?? 0;
    this.total.set(f, (this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * current);
    this.stamp.set(f, this.step);
    this.w.set(f, current + delta);
  }

  /** The averaged weights, rounded and with near-zero ones dropped so the shipped file stays small. */
  averaged(): { weights: Record<string, number>; bias: number } {
    const weights: Record<string, number> = {};
    const n = Math.max(1, this.step);
    for (const [f, current] of [...this.w.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const total = (this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * current;
      const avg = Math.round((total / n) * 1000) / 1000;
      if (Math.abs(avg) >= 0.001) weights[f] = avg;
    }
    const bias = Math.round(((this.biasTotal + (this.step - this.biasStamp) * this.bias) / n) * 1000) / 1000;
    return { weights, bias };
  }
}
