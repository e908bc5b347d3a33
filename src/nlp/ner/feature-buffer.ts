import type { FeatureContext, SentenceFeatures } from './features.js';

/** A reusable growable array of hashed features, masked into the bucket range as they are pushed. */
export class FeatureBuffer {
  private data = new Uint32Array(1024);
  private length = 0;
  private offsets = new Uint32Array(1);
  private readonly mask: number;
  private readonly rows: Int32Array | undefined;

  constructor(ctx: Pick<FeatureContext, 'buckets' | 'rows'>) {
    this.mask = ctx.buckets - 1;
    this.rows = ctx.rows;
  }

  reset(tokens: number): void {
    this.length = 0;
    this.offsets = new Uint32Array(tokens + 1);
  }

  startToken(t: number): void {
    this.offsets[t] = this.length;
  }

  readonly push = (h: number): void => {
    const row = this.rows ? this.rows[h & this.mask] : h & this.mask;
    if (row < 0) return;
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = row;
  };

  finish(tokens: number): SentenceFeatures {
    this.offsets[tokens] = this.length;
    return { feats: this.data.slice(0, this.length), offsets: this.offsets };
  }
}
