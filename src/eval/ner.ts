import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the ner task (placeholder until its issue lands). */
export async function evalNer(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the ner evaluation is not built yet', 'see the open issue for this task', options.data);
}
