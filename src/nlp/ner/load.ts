import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../../errors.js';
import { decodeNerWeights, NER_FORMAT_VERSION } from './codec.js';
import type { NerModel, NerWeights } from './model.js';

/** File name of the shipped NER weights inside `models/`. */
export const NER_MODEL_FILE = 'ner.bin';

/**
 * Returns the NER model of `modelsDir`; the file is read and decoded on first use of `weights()`
 * and kept by the returned object, so commands that never tag pay nothing.
 */
export function loadNerModel(modelsDir: string): NerModel {
  const path = join(modelsDir, NER_MODEL_FILE);
  let weights: NerWeights | null = null;
  return {
    version: NER_FORMAT_VERSION,
    weights: () => {
      if (!weights) {
        if (!existsSync(path)) {
          throw new DossierError(
            'the NER model is missing',
            'run `npm run train:ner` to train it into models/',
            path,
          );
        }
        weights = decodeNerWeights(readFileSync(path), path);
      }
      return weights;
    },
  };
}

/** Wraps weights already in memory (tests, training) as a model. */
export function nerModelOf(weights: NerWeights): NerModel {
  return { version: NER_FORMAT_VERSION, weights: () => weights };
}
