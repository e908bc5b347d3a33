import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNerModel } from './nlp/ner/load.js';
import type { AnalyzerResources } from './nlp/pipeline.js';
import { loadQuoteModel } from './nlp/quote-model-load.js';

/** The shipped `models/` folder, found from this file whether run from `src/` or `dist/`. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'models');

/** Loads the shipped weights once per process; callers keep the result and hand it to `analyze`. */
export function loadResources(modelsDir: string = MODELS_DIR): AnalyzerResources {
  return { ner: loadNerModel(modelsDir), quotes: loadQuoteModel(modelsDir) };
}
