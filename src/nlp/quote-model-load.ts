import type { QuoteModel } from './quote-model.js';

/** Reads the reported-speech weights from `modelsDir` (placeholder until issue 5 ships them). */
export function loadQuoteModel(modelsDir: string): QuoteModel {
  void modelsDir;
  return { version: 0 };
}
