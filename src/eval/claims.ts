import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the claims task (placeholder until its issue lands). */
export async function evalClaims(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the claims evaluation is not built yet', 'see the open issue for this task', options.data);
}
