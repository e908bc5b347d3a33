import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval.js';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: ((program: Command) => void)[] = [registerAnalyze, registerEval];
