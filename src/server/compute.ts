// The entry of the server's analysis threads (see pool.ts): the CPU-heavy routes run here, so a
// long analysis never blocks the pages. Resources load once per thread, on its first task.
import { parentPort } from 'node:worker_threads';
import { analyzeInput, verifyAgainst } from '../library/index.js';
import type { AnalyzerResources } from '../nlp/index.js';
import type { PlaceIndex } from '../registry/index.js';
import { loadPlaces, loadResources } from '../resources.js';
import type { TaskAnswer, TaskMessage } from './pool.js';
import type { ComputeResult, ComputeTask } from './tasks.js';

let resources: AnalyzerResources | null = null;
let places: PlaceIndex | null = null;

/** Runs one task with the thread's resources. */
function run(task: ComputeTask): ComputeResult {
  resources ??= loadResources();
  if (task.kind === 'analyze') return analyzeInput(task.input, resources);
  places ??= loadPlaces();
  return verifyAgainst(task.draft, task.sources, resources, places);
}

parentPort?.on('message', ({ id, task }: TaskMessage<ComputeTask>) => {
  let answer: TaskAnswer<ComputeResult>;
  try {
    answer = { id, ok: true, value: run(task) };
  } catch (err) {
    answer = { id, ok: false, error: (err as Error).message };
  }
  parentPort?.postMessage(answer);
});
