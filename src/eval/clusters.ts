import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the clusters task (placeholder until its issue lands). */
export async function evalClusters(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the clusters evaluation is not built yet', 'see the open issue for this task', options.data);
}
