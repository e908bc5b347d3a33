import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalyzerResources, buildLexicon, loadNerModel, loadQuoteModel } from './nlp/index.js';
import { createPlaceIndex, type PlaceData, type PlaceIndex } from './registry/index.js';

/** The shipped `models/` folder, found from this file whether run from `src/` or `dist/`. */
export const MODELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'models');

/** Loads the shipped weights and builds the lexicon once per process; callers keep the result and hand it to `analyze`. */
export function loadResources(modelsDir: string = MODELS_DIR): AnalyzerResources {
  return { ner: loadNerModel(modelsDir), quotes: loadQuoteModel(modelsDir), lexicon: buildLexicon() };
}

/** Loads the place registry (`models/registry-places.json`) the entity linker reads. */
export function loadPlaces(modelsDir: string = MODELS_DIR): PlaceIndex {
  const data = JSON.parse(readFileSync(join(modelsDir, 'registry-places.json'), 'utf8')) as PlaceData;
  return createPlaceIndex(data);
}
