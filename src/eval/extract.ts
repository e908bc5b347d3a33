import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the extract task (placeholder until its issue lands). */
export async function evalExtract(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the extract evaluation is not built yet', 'see the open issue for this task', options.data);
}
