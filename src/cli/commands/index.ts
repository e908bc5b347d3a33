import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerArticles } from './articles.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStories } from './stories.js';
import { registerVerify } from './verify.js';
import { registerWorker } from './worker.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: ((program: Command) => void)[] = [
  registerIngest,
  registerArticles,
  registerSearch,
  registerStories,
  registerAnalyze,
  registerVerify,
  registerServe,
  registerWorker,
  registerEval,
];
