import type { NerModel } from './model.js';

/** Reads the NER weights from `modelsDir` (placeholder until issue 4 ships them). */
export function loadNerModel(modelsDir: string): NerModel {
  void modelsDir;
  return { version: 0 };
}
