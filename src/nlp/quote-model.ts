/** Trained weights for reported-speech detection as shipped in `models/`. Filled in by issue 5. */
export interface QuoteModel {
  version: number;
}
