import { DossierError } from '../errors.js';
import type { EvalOptions, EvalReport } from './task.js';

/** Scores the figures task (placeholder until its issue lands). */
export async function evalFigures(options: EvalOptions): Promise<EvalReport> {
  throw new DossierError('the figures evaluation is not built yet', 'see the open issue for this task', options.data);
}
