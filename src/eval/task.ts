/** Options every evaluation task takes (`dossier eval <task> --data PATH [--predictions OUT]`). */
export interface EvalOptions {
  /** The data set: a file or folder in the format of `../shared/data/`. */
  data: string;
  /** Where to write the raw system output for an independent scorer, if asked. */
  predictions?: string;
  /** The project's own gold for the data (`test/gold/…`), for tasks scored against it (clusters, speakers). */
  gold?: string;
  /** Score only this part of a data set that has parts (verify: `tune` or `check`); default all. */
  part?: string;
  /** Also score this many fixed shuffled orders (seeds 1..n), for tasks that depend on order (clusters). */
  shuffles?: number;
  /** Reports progress on long runs; a no-op by default. */
  progress: (done: number, total: number) => void;
}

/** What a task reports: figures for `--json` and lines for people. */
export interface EvalReport {
  task: string;
  metrics: Record<string, unknown>;
  /** Human-readable lines, printed without `--json`. */
  lines: string[];
}

export type EvalTask = (options: EvalOptions) => Promise<EvalReport>;
