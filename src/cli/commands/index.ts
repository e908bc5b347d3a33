import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerArticles } from './articles.js';
import { registerBrief } from './brief.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerLedger } from './ledger.js';
import { registerQuotes } from './quotes.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStories } from './stories.js';
import { registerStory } from './story.js';
import { registerVerify } from './verify.js';
import { registerWatch } from './watch.js';
import { registerWorker } from './worker.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: ((program: Command) => void)[] = [
  registerIngest,
  registerArticles,
  registerSearch,
  registerStories,
  registerStory,
  registerEntities,
  registerLedger,
  registerQuotes,
  registerBrief,
  registerAnalyze,
  registerVerify,
  registerServe,
  registerWorker,
  registerWatch,
  registerEval,
];
