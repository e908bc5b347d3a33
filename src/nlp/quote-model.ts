/**
 * Trained weights for reported-speech detection as shipped in `models/quotes.json`: an averaged
 * perceptron over cue candidates (words that were cues in the training data).
 */
export interface QuoteModel {
  /** 0 for the empty placeholder model (no reported speech found), 1 for trained weights. */
  version: number;
  /** Lowercase words that may be speech cues ("said", "according", "told", "believes"…). */
  cueWords: string[];
  /** Feature weights of the cue classifier; a candidate is a cue when bias + Σ weights > 0. */
  weights: Record<string, number>;
  bias: number;
}

/** A model that finds no reported speech (used when no weights are shipped). */
export const EMPTY_QUOTE_MODEL: QuoteModel = { version: 0, cueWords: [], weights: {}, bias: 0 };
