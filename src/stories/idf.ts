/**
 * Online document frequencies: the stream itself says which keys are rare. `idf` is
 * log((docs + 1) / (df + 1)) + 1 over the documents counted so far.
 */
export class DocumentFrequencies {
  readonly #df = new Map<string, number>();
  #docs = 0;
  /** idf values hold until the next document is counted; memoised because every scored profile reads them. */
  #memo = new Map<string, number>();

  /** Documents counted so far. */
  get docs(): number {
    return this.#docs;
  }

  /** Counts one document with these keys. */
  count(keys: Iterable<string>): void {
    this.#docs++;
    this.#memo = new Map();
    for (const key of keys) this.#df.set(key, (this.#df.get(key) ?? 0) + 1);
  }

  /** The inverse document frequency of a key (an arrow, so it can be handed around as a function). */
  readonly idf = (key: string): number => {
    const known = this.#memo.get(key);
    if (known !== undefined) return known;
    const value = Math.log((this.#docs + 1) / ((this.#df.get(key) ?? 0) + 1)) + 1;
    this.#memo.set(key, value);
    return value;
  };
}
