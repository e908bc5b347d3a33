export { EVAL_TASKS, GOLD_TASKS } from './registry.js';
export type { EvalOptions, EvalReport, EvalTask } from './task.js';
