import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the quotes task (placeholder until its issue lands). */
export async function evalQuotes(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the quotes evaluation is not built yet', 'see the open issue for this task', options.data);
}
