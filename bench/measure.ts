/** Throughput of one stage over the corpus. */
export interface StageFigures {
  mbPerSec: number;
  articlesPerSec: number;
  /** Median wall time of one pass over the corpus, in milliseconds. */
  ms: number;
}

/**
 * Times one pass of `work` over `items` `rounds` times after one warm-up and reports the median:
 * the median resists the noise of a shared machine better than the mean.
 */
export function measure<T>(
  items: T[],
  work: (item: T, index: number) => unknown,
  bytes: number,
  rounds = 5,
): StageFigures {
  const pass = () => {
    for (let i = 0; i < items.length; i++) work(items[i], i);
  };
  const articles = items.length;
  pass();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    pass();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  return {
    mbPerSec: round(bytes / 1e6 / (ms / 1000)),
    articlesPerSec: round(articles / (ms / 1000)),
    ms: round(ms),
  };
}

/** Rounds to three significant decimals for reports. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
