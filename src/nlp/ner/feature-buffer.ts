import type { FeatureContext, SentenceFeatures } from './features.js';

/** Entries per chunk (32 KB), a few sentences: larger chunks cost more to zero-fill than they save. */
const CHUNK = 1 << 13;
/** Room reserved per token when a sentence starts; a sentence that needs more moves to a larger chunk. */
const ROOM_PER_TOKEN = 48;

/**
 * Collects hashed features, mapped to weight rows as they are pushed. Sentences are written one
 * after another into shared chunks and handed out as views, so featurising a document allocates
 * a few chunks rather than one array per sentence.
 */
export class FeatureBuffer {
  private data = new Uint32Array(0);
  private length = 0;
  private start = 0;
  private offsets = new Uint32Array(1);
  private readonly mask: number;
  private readonly rows: Int32Array | undefined;

  constructor(ctx: Pick<FeatureContext, 'buckets' | 'rows'>) {
    this.mask = ctx.buckets - 1;
    this.rows = ctx.rows;
  }

  /** Starts a sentence of `tokens` tokens. */
  reset(tokens: number): void {
    const room = tokens * ROOM_PER_TOKEN;
    if (this.data.length - this.length < room) {
      this.data = new Uint32Array(Math.max(CHUNK, room));
      this.length = 0;
    }
    this.start = this.length;
    this.offsets = new Uint32Array(tokens + 1);
  }

  /** Starts token `t`'s features. */
  startToken(t: number): void {
    this.offsets[t] = this.length - this.start;
  }

  /** Adds one feature hash; a feature no pass has a weight for is dropped. */
  readonly push = (h: number): void => {
    const row = this.rows ? this.rows[h & this.mask] : h & this.mask;
    if (row < 0) return;
    if (this.length === this.data.length) {
      const grown = new Uint32Array(Math.max(CHUNK, (this.length - this.start) * 2));
      grown.set(this.data.subarray(this.start, this.length));
      this.length -= this.start;
      this.start = 0;
      this.data = grown;
    }
    this.data[this.length++] = row;
  };

  /** Ends the sentence and returns its features (a view into the current chunk). */
  finish(tokens: number): SentenceFeatures {
    this.offsets[tokens] = this.length - this.start;
    return { feats: this.data.subarray(this.start, this.length), offsets: this.offsets };
  }
}
