import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../errors.js';
import { EMPTY_QUOTE_MODEL, type QuoteModel } from './quote-model.js';

/** The file the training script writes and the loader reads. */
export const QUOTE_MODEL_FILE = 'quotes.json';

/**
 * Reads the reported-speech weights from `modelsDir/quotes.json`; with no file, the empty model (quoted
 * speech is still found, reported speech is not). A malformed file is an error with a fix.
 */
export function loadQuoteModel(modelsDir: string): QuoteModel {
  const path = join(modelsDir, QUOTE_MODEL_FILE);
  if (!existsSync(path)) return EMPTY_QUOTE_MODEL;
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<QuoteModel>;
    if (
      typeof raw.version !== 'number' ||
      !Array.isArray(raw.cueWords) ||
      typeof raw.weights !== 'object' ||
      raw.weights === null
    ) {
      throw new Error('missing fields');
    }
    return { version: raw.version, cueWords: raw.cueWords, weights: raw.weights, bias: raw.bias ?? 0 };
  } catch (err) {
    throw new DossierError(
      `the quote model is unreadable (${(err as Error).message})`,
      'run `npm run train:quotes` to rebuild it',
      path,
    );
  }
}
