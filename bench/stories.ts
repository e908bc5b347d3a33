/**
 * Cost of story clustering and near-duplicate detection as the archive grows: articles/s measured
 * around 10k, 50k and 100k synthetic articles, and peak memory. Articles are built in memory by
 * recombining ECB+ dev and train sentences (never written to disk): each synthetic story takes its
 * sentences from one ECB+ sub-topic, runs for a few days, and one article in ten is a lightly edited
 * copy of an earlier one. Run: `node --expose-gc --import tsx bench/stories.ts [--json] [--sizes 10000,50000,100000]`
 * (`--expose-gc` adds the live heap at each size; `--max-old-space-size=384` shows the state fits in it).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toArticle } from '../src/ingest/article.js';
import type { Analysis, ArticleInput } from '../src/model/index.js';
import { buildLexicon } from '../src/nlp/data/lexicon.js';
import { createClusterer } from '../src/stories/cluster.js';
import { storyFeatures } from '../src/stories/features.js';
import { createDuplicateIndex, minhash } from '../src/stories/near-duplicates.js';
import { sharedFile } from './shared.js';

/** Options of `benchStories`. */
export interface StoriesBenchOptions {
  /** Archive sizes at which throughput is read (default 10k, 50k, 100k); the run goes to the largest. */
  sizes: number[];
  /** Articles in each throughput window, ending at each size (default 2,000). */
  window: number;
  /** Seed of the synthetic corpus (default 1). */
  seed: number;
  /** Called every 1,000 articles. */
  progress: (done: number, total: number) => void;
}

/** Throughput around one archive size. */
export interface SizeFigures {
  size: number;
  articlesPerSec: number;
  /** Open stories (not idle past the clusterer's gap) at that point: what the work depends on. */
  openStories: number;
  stories: number;
  rssMb: number;
  /** Live heap after a full collection, when run with `--expose-gc` (else null): what the state really holds. */
  liveHeapMb: number | null;
}

/** What the bench reports. */
export interface StoriesBenchReport {
  sizes: SizeFigures[];
  /** Slowest over fastest window: the issue asks for ≤ 2 (per-article cost flat as the archive grows). */
  flatness: number;
  peakRssMb: number;
  copiesFound: number;
  copiesMade: number;
}

const DEFAULTS: StoriesBenchOptions = {
  sizes: [10_000, 50_000, 100_000],
  window: 2_000,
  seed: 1,
  progress: () => {},
};
const DAY_MS = 86_400_000;

/** Measures clustering + near-duplicate cost per article at growing archive sizes. */
export async function benchStories(options: Partial<StoriesBenchOptions> = {}): Promise<StoriesBenchReport> {
  const opts = { ...DEFAULTS, ...options };
  const total = Math.max(...opts.sizes);
  const corpus = syntheticCorpus(loadSubtopics(), opts.seed);
  const { stopwords } = buildLexicon();
  const clusterer = createClusterer();
  const duplicates = createDuplicateIndex();
  const sizes: SizeFigures[] = [];
  const windowStarts = new Set(opts.sizes.map((s) => Math.max(0, s - opts.window)));
  let busy = 0n;
  let copiesFound = 0;
  let copiesMade = 0;
  for (let i = 0; i < total; i++) {
    const input = corpus.next();
    if (windowStarts.has(i)) busy = 0n;
    // Only the cost of this work is timed: the analysis is a bare article (no NER pass).
    const t0 = process.hrtime.bigint();
    const analysis = bareAnalysis(input.article);
    const signature = minhash(analysis.article.text);
    const original = duplicates.findOriginal(signature);
    duplicates.add(analysis.article.id, signature, original?.originalId ?? null);
    clusterer.add(analysis.article.id, storyFeatures(analysis, stopwords));
    busy += process.hrtime.bigint() - t0;
    if (input.copy) {
      copiesMade++;
      if (original) copiesFound++;
    }
    const size = i + 1;
    if (opts.sizes.includes(size)) {
      // Only the timed work counts, not the generation of the synthetic articles.
      const seconds = Number(busy) / 1e9;
      sizes.push({
        size,
        articlesPerSec: Math.round(Math.min(opts.window, size) / seconds),
        openStories: clusterer.openStories(),
        stories: clusterer.size(),
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
        liveHeapMb: liveHeap(),
      });
    }
    if (size % 1000 === 0) opts.progress(size, total);
  }
  const rates = sizes.map((s) => s.articlesPerSec);
  return {
    sizes,
    flatness: Math.round((Math.max(...rates) / Math.min(...rates)) * 100) / 100,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1e3),
    copiesFound,
    copiesMade,
  };
}

/** Heap in use after a full collection; only with `node --expose-gc`, as RSS mostly shows garbage not yet collected. */
function liveHeap(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
}

function bareAnalysis(input: ArticleInput): Analysis {
  return { article: toArticle(input), entities: [], quotes: [], figures: [], claims: [], dates: [] };
}

/** ECB+ sentences grouped by sub-topic, from the shared data folder (dev and train). */
export function loadSubtopics(): string[][] {
  const groups = new Map<string, string[]>();
  for (const split of ['dev', 'train']) {
    const file = sharedFile(`data/clustering/ecbplus/${split}.jsonl`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { cluster: string; text: string };
      const list = groups.get(doc.cluster) ?? [];
      list.push(...doc.text.split('\n').filter((s) => s.split(' ').length >= 5));
      groups.set(doc.cluster, list);
    }
  }
  return [...groups.values()];
}

export interface Synthetic {
  article: ArticleInput;
  copy: boolean;
}

/**
 * An endless deterministic stream of articles: about 12 stories start a day, each lasting 1–6 days
 * with 3–25 articles of 6–14 sentences from one sub-topic; one article in ten copies an earlier one
 * of its story with a few words changed.
 */
export function syntheticCorpus(subtopics: string[][], seed: number): { next(): Synthetic } {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const start = Date.parse('2023-01-01T00:00:00Z');
  interface Live {
    id: number;
    sentences: string[];
    begins: number;
    ends: number;
    left: number;
    texts: string[];
  }
  let live: Live[] = [];
  let storyCount = 0;
  let clock = start;
  let n = 0;
  return {
    next() {
      // Keep about 50 stories running; time advances so that ~140 articles appear a day.
      while (live.length < 50) {
        const days = 1 + random() * 5;
        live.push({
          id: storyCount++,
          sentences: pick(subtopics),
          begins: clock,
          ends: clock + days * DAY_MS,
          left: 3 + Math.floor(random() * 23),
          texts: [],
        });
      }
      clock += DAY_MS / 140;
      const story = pick(live);
      story.left--;
      if (story.left <= 0 || clock > story.ends) live = live.filter((s) => s !== story);
      n++;
      const published = new Date(clock).toISOString();
      if (story.texts.length > 0 && random() < 0.1) {
        const words = pick(story.texts).split(' ');
        for (let k = 0; k < words.length * 0.05; k++)
          words[Math.floor(random() * words.length)] = pick(pick(subtopics)).split(' ')[0];
        return {
          article: {
            url: `https://bench.example/${n}`,
            outlet: `Outlet ${n % 37}`,
            published,
            text: words.join(' '),
          },
          copy: true,
        };
      }
      const count = 6 + Math.floor(random() * 9);
      const lines = Array.from({ length: count }, () => pick(story.sentences));
      // A story-specific name keeps two stories recombined from the same sub-topic apart, as real ones are.
      lines[1] = `${lines[1]} Officials in Story${story.id}ville confirmed it.`;
      const text = lines.join('\n');
      story.texts.push(text);
      return {
        article: { url: `https://bench.example/${n}`, outlet: `Outlet ${n % 37}`, published, text },
        copy: false,
      };
    },
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const json = process.argv.includes('--json');
  const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
  const sizes =
    process.argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : DEFAULTS.sizes;
  const report = await benchStories({
    sizes,
    progress: (done, total) => {
      if (!json && done % 10_000 === 0) process.stderr.write(`${done}/${total}\n`);
    },
  });
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    for (const s of report.sizes) {
      process.stdout.write(
        `${String(s.size).padStart(7)} articles: ${s.articlesPerSec} articles/s, ${s.openStories} open / ${s.stories} stories, RSS ${s.rssMb} MB, live heap ${s.liveHeapMb ?? '?'} MB\n`,
      );
    }
    process.stdout.write(
      `flatness (fastest/slowest window): ${report.flatness}×; peak RSS ${report.peakRssMb} MB; copies found ${report.copiesFound}/${report.copiesMade}\n`,
    );
  }
}
