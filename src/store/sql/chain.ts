/**
 * A queue of async work run one piece at a time in the order given, whatever each one's outcome:
 * what `exclusive` needs inside one process (SQLite's whole answer, PostgreSQL's first step).
 */
export function chain(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => {});
    return run;
  };
}
