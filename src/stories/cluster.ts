import type { StoryMerge } from '../model/index.js';
import type { StoryFeatures } from './features.js';

/** Options of the online clusterer; defaults in `CLUSTER_DEFAULTS`. */
export interface ClusterOptions {
  /** Minimum similarity for an article to join a story (default 0.2, tuned on ECB+ train and dev); below it the article starts one. */
  threshold: number;
  /** Least similarity of the article to another story for that story to be checked for a merge (default 0.2). */
  mergeFloor: number;
  /** Multiplier of the similarity when the texts date their events too far apart (default 0.6). */
  dateConflict: number;
  /** Similarity two stories' profiles need before they merge (default 0.5). */
  mergeThreshold: number;
  /**
   * Weights of the facets whose cosines make the similarity (default words 1, names 1.5, persons 0.5,
   * numbers 1.5; tuned on ECB+ train and dev): content words (`w:` keys), names (`n:` `e:` `p:`), persons
   * (`a:`), numbers and dates (`#:` `d:`). Names and numbers are what tell two look-alike events apart
   * (two earthquakes, two arrests), so they count on their own rather than drowned among words.
   */
  facetWeights: Record<Facet, number>;
  /** Days over which a time gap halves the similarity (default 10). */
  halfLifeDays: number;
  /** A story idle longer than this many days is closed: no article joins it (default 45). */
  maxGapDays: number;
  /** A publish date more than this many days past `now()` is not trusted for time (default 2). */
  futureToleranceDays: number;
  /**
   * The current time (ISO), handed in by the adapter so the core reads no clock; null (the default)
   * trusts every date. Ingest passes the ingest time, so a future-dated article cannot hold a story open.
   */
  now: (() => string) | null;
  /** Keys of an article looked up in the index, rarest first (default 40). */
  queryKeys: number;
  /** Most recent stories read from each posting list (default 64): keeps each add bounded. */
  postingDepth: number;
  /** Stories scored in full per article, those sharing the most key weight (default 24). */
  maxCandidates: number;
  /** Keys kept in a story's profile (default 240): bounds memory and the cost of scoring it. */
  profileSize: number;
}

/** Defaults of `ClusterOptions`. */
export const CLUSTER_DEFAULTS: ClusterOptions = {
  threshold: 0.2,
  mergeThreshold: 0.5,
  dateConflict: 0.6,
  mergeFloor: 0.2,
  facetWeights: { words: 1, names: 1.5, persons: 0.5, numbers: 1.5 },
  halfLifeDays: 10,
  maxGapDays: 45,
  futureToleranceDays: 2,
  now: null,
  queryKeys: 40,
  postingDepth: 64,
  maxCandidates: 24,
  profileSize: 240,
};

/** The parts of an article's similarity to a story. */
export type Facet = 'words' | 'names' | 'persons' | 'numbers';

const FACET_OF_KIND: Record<string, Facet> = {
  a: 'persons',
  w: 'words',
  n: 'names',
  e: 'names',
  p: 'names',
  '#': 'numbers',
  d: 'numbers',
};
const FACETS: readonly Facet[] = ['words', 'names', 'persons', 'numbers'];

type FacetSums = Record<(typeof FACETS)[number], number>;

/** Where `add` placed an article. */
export interface Placement {
  storyId: string;
  /** Similarity to the story joined; 0 when the article started a story. */
  score: number;
  /** Stories absorbed because this article showed they are one. */
  merges: StoryMerge[];
}

/** An online story clusterer: its state lives in the closure, nothing is shared between instances. */
export interface Clusterer {
  /** Places a new article: the most similar open story above the threshold, else a new story. */
  add(articleId: string, features: StoryFeatures): Placement;
  /** Replays a stored assignment (in arrival order) to rebuild the state at start. */
  restore(articleId: string, features: StoryFeatures, storyId: string): void;
  /** The story an article is in now (after merges), or null when unknown. */
  storyOf(articleId: string): string | null;
  /** Number of stories (merged ones not counted). */
  size(): number;
  /** Number of stories still open to new articles (not merged, not idle past `maxGapDays`). */
  openStories(): number;
}

interface StoryState {
  id: string;
  /** Sum of its articles' key weights (before idf); trimmed to `profileSize`. */
  profile: Map<string, number>;
  articles: string[];
  first: number | null;
  last: number | null;
  /** Set when merged into another story. */
  mergedInto: string | null;
  /** Idle past `maxGapDays`: its profile is dropped and no article joins it. */
  closed: boolean;
  /** Cached squared norms of the idf-weighted profile, and the collection size they were computed at. */
  norms: FacetSums | null;
  normsAt: number;
}

const DAY_MS = 86_400_000;

/** Creates an online clusterer. Deterministic: the same articles in the same order give the same stories. */
export function createClusterer(options: Partial<ClusterOptions> = {}): Clusterer {
  const opts: ClusterOptions = { ...CLUSTER_DEFAULTS, ...options };
  const df = new Map<string, number>();
  let docs = 0;
  const stories = new Map<string, StoryState>();
  const postings = new Map<string, string[]>();
  const articleStory = new Map<string, string>();
  let latest = Number.NEGATIVE_INFINITY;
  let open = 0;
  let sinceSweep = 0;

  // idf values hold until the next article is counted; memoised because every scored profile reads them.
  let idfMemo = new Map<string, number>();
  const idf = (key: string): number => {
    const known = idfMemo.get(key);
    if (known !== undefined) return known;
    // Online document frequencies: the stream itself says which words are rare.
    const value = Math.log((docs + 1) / ((df.get(key) ?? 0) + 1)) + 1;
    idfMemo.set(key, value);
    return value;
  };
  const facetTotal = FACETS.reduce((sum, f) => sum + opts.facetWeights[f], 0) || 1;

  /** An article's weighted vector: (1 + log count) × idf. */
  const vectorOf = (features: StoryFeatures): Map<string, number> => {
    const v = new Map<string, number>();
    for (const [key, count] of Object.entries(features.keys)) {
      if (!(count > 0)) continue;
      v.set(key, (1 + Math.log(count)) * idf(key));
    }
    return v;
  };

  const timeOf = (features: StoryFeatures): number | null => {
    const t = features.published ? Date.parse(features.published) : Number.NaN;
    if (!Number.isFinite(t)) return null;
    // A date in the future is a typo or a clock error: trust it for nothing.
    const now = opts.now ? Date.parse(opts.now()) : Number.NaN;
    if (Number.isFinite(now) && t > now + opts.futureToleranceDays * DAY_MS) return null;
    return t;
  };

  const resolve = (id: string): StoryState | null => {
    let story = stories.get(id);
    while (story?.mergedInto) story = stories.get(story.mergedInto);
    return story ?? null;
  };

  /**
   * The dates the texts give for their events: when the article's and the story's dated mentions are
   * all further apart than `maxGapDays`, they tell of two events (two earthquakes years apart).
   */
  const eventTime = (mine: number[], story: StoryState): number => {
    if (mine.length === 0) return 1;
    const theirs = datesOf(story.profile.keys());
    if (theirs.length === 0) return 1;
    for (const a of mine) for (const b of theirs) if (Math.abs(a - b) <= opts.maxGapDays * DAY_MS) return 1;
    return opts.dateConflict;
  };

  const timeFactor = (story: StoryState, t: number | null): number => {
    if (t === null || story.first === null || story.last === null) return 1;
    const gap = Math.max(0, t - story.last, story.first - t) / DAY_MS;
    if (gap > opts.maxGapDays) return 0;
    return 0.5 ** (gap / opts.halfLifeDays);
  };

  /** Squared norms per facet of a vector whose weights already carry idf. */
  const normsOf = (v: Map<string, number>): FacetSums => {
    const n = { words: 0, names: 0, persons: 0, numbers: 0 };
    for (const [k, x] of v) n[facetOf(k)] += x * x;
    return n;
  };

  /**
   * A story profile's norms under idf. Cached: recomputed when the story changed or the collection
   * grew by a tenth since, as idf drifts slowly; this halves the work of scoring a candidate.
   */
  const storyNorms = (story: StoryState): FacetSums => {
    if (story.norms && docs <= story.normsAt * 1.1 + 10) return story.norms;
    const n = { words: 0, names: 0, persons: 0, numbers: 0 };
    for (const [k, raw] of story.profile) {
      const y = raw * idf(k);
      n[facetOf(k)] += y * y;
    }
    story.norms = n;
    story.normsAt = docs;
    return n;
  };

  /** The facet-weighted mean of the per-facet cosines of an idf-weighted vector and a story's profile. */
  const similarity = (a: Map<string, number>, aNorms: FacetSums, story: StoryState): number => {
    const dot = { words: 0, names: 0, persons: 0, numbers: 0 };
    for (const [k, x] of a) {
      const raw = story.profile.get(k);
      if (raw !== undefined) dot[facetOf(k)] += x * raw * idf(k);
    }
    const bNorms = storyNorms(story);
    let score = 0;
    for (const f of FACETS) {
      const norm = Math.sqrt(aNorms[f] * bNorms[f]);
      if (norm > 0) score += (opts.facetWeights[f] * dot[f]) / norm;
    }
    return score / facetTotal;
  };

  /**
   * Stories that share the article's rarest keys, read from the index: at most `postingDepth` recent
   * stories per key, and only the `maxCandidates` with the most shared weight are scored in full.
   */
  const candidates = (vector: Map<string, number>, t: number | null): StoryState[] => {
    const keys = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.queryKeys);
    const shared = new Map<StoryState, number>();
    for (const [key, weight] of keys) {
      const list = postings.get(key);
      if (!list) continue;
      const seen = new Set<StoryState>();
      for (let i = list.length - 1, n = 0; i >= 0 && n < opts.postingDepth; i--, n++) {
        const story = resolve(list[i]);
        if (!story || story.closed || seen.has(story) || timeFactor(story, t) === 0) continue;
        seen.add(story);
        shared.set(story, (shared.get(story) ?? 0) + weight);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
      .slice(0, opts.maxCandidates)
      .map(([story]) => story);
  };

  const index = (story: StoryState, keys: Iterable<string>) => {
    for (const key of keys) {
      let list = postings.get(key);
      if (!list) {
        list = [];
        postings.set(key, list);
      }
      if (list[list.length - 1] === story.id) continue;
      list.push(story.id);
      // Old entries beyond the depth read are never looked at again; drop them in batches.
      if (list.length > opts.postingDepth * 2) list.splice(0, list.length - opts.postingDepth);
    }
  };

  const absorb = (story: StoryState, articleId: string, features: StoryFeatures, t: number | null) => {
    const weights = Object.entries(features.keys).filter(([, count]) => count > 0);
    // Each article adds a unit vector, so one long article does not own its story's profile.
    const norm = Math.sqrt(weights.reduce((sum, [, c]) => sum + (1 + Math.log(c)) ** 2, 0)) || 1;
    for (const [key, count] of weights) {
      story.profile.set(key, (story.profile.get(key) ?? 0) + (1 + Math.log(count)) / norm);
    }
    trimProfile(story.profile, opts.profileSize);
    story.norms = null;
    story.articles.push(articleId);
    articleStory.set(articleId, story.id);
    if (t !== null) {
      story.first = story.first === null ? t : Math.min(story.first, t);
      story.last = story.last === null ? t : Math.max(story.last, t);
      latest = Math.max(latest, t);
    }
    index(story, Object.keys(features.keys));
    sweep();
  };

  /**
   * Drops the profiles of stories idle past `maxGapDays` (no article can join them any more), so
   * memory follows the open stories, not the archive. Runs once per as many adds as there are open
   * stories, so its cost per article stays constant.
   */
  const sweep = () => {
    if (++sinceSweep < Math.max(1000, open)) return;
    sinceSweep = 0;
    for (const story of stories.values()) {
      if (story.closed || story.mergedInto || story.last === null) continue;
      if ((latest - story.last) / DAY_MS <= opts.maxGapDays) continue;
      story.closed = true;
      story.profile = new Map();
      open--;
    }
  };

  const count = (features: StoryFeatures) => {
    docs++;
    idfMemo = new Map();
    for (const key of Object.keys(features.keys)) df.set(key, (df.get(key) ?? 0) + 1);
  };

  const start = (id: string): StoryState => {
    const story: StoryState = {
      id,
      profile: new Map(),
      articles: [],
      first: null,
      last: null,
      mergedInto: null,
      closed: false,
      norms: null,
      normsAt: 0,
    };
    stories.set(id, story);
    open++;
    return story;
  };

  const merge = (into: StoryState, from: StoryState) => {
    for (const [k, w] of from.profile) into.profile.set(k, (into.profile.get(k) ?? 0) + w);
    trimProfile(into.profile, opts.profileSize);
    into.norms = null;
    for (const a of from.articles) {
      into.articles.push(a);
      articleStory.set(a, into.id);
    }
    if (from.first !== null) into.first = into.first === null ? from.first : Math.min(into.first, from.first);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    index(into, into.profile.keys());
    from.mergedInto = into.id;
    open--;
    from.profile = new Map();
    from.articles = [];
  };

  return {
    add(articleId, features) {
      const t = timeOf(features);
      const vector = vectorOf(features);
      const norms = normsOf(vector);
      const dates = datesOf(vector.keys());
      const ranked = candidates(vector, t)
        .map((story) => ({
          story,
          score: similarity(vector, norms, story) * timeFactor(story, t) * eventTime(dates, story),
        }))
        .sort((a, b) => b.score - a.score || (a.story.id < b.story.id ? -1 : 1));
      count(features);
      const best = ranked.find((c) => c.score >= opts.threshold);
      if (!best) {
        const story = start(storyIdFor(articleId));
        absorb(story, articleId, features, t);
        return { storyId: story.id, score: 0, merges: [] };
      }
      absorb(best.story, articleId, features, t);
      const merges: StoryMerge[] = [];
      let current = best.story;
      // Other stories the article resembles merge only if their own profiles agree with the joined
      // one, so one article that mentions everything cannot chain unrelated stories together.
      for (const other of ranked) {
        if (other.story === best.story || other.score < opts.mergeFloor || other.story.mergedInto) continue;
        const profile = weighted(current.profile, idf);
        const agreement = similarity(profile, normsOf(profile), other.story);
        if (agreement < opts.mergeThreshold) continue;
        const [into, from] = survivorFirst(current, other.story);
        merge(into, from);
        current = into;
        merges.push({
          into: into.id,
          from: from.id,
          score: round(agreement),
          at: features.published ?? `article:${articleId}`,
        });
      }
      return { storyId: current.id, score: round(best.score), merges };
    },
    restore(articleId, features, storyId) {
      const t = timeOf(features);
      count(features);
      const story = resolve(storyId) ?? start(storyId);
      absorb(story, articleId, features, t);
    },
    storyOf(articleId) {
      const id = articleStory.get(articleId);
      return id === undefined ? null : (resolve(id)?.id ?? null);
    },
    size() {
      let n = 0;
      for (const s of stories.values()) if (!s.mergedInto) n++;
      return n;
    },
    openStories() {
      return open;
    },
  };
}

/** The deterministic id of a story started by an article. */
export function storyIdFor(articleId: string): string {
  return `story-${articleId}`;
}

/** The day timestamps of `d:` keys. */
function datesOf(keys: Iterable<string>): number[] {
  const out: number[] = [];
  for (const k of keys) {
    if (k[0] !== 'd') continue;
    const t = Date.parse(k.slice(2));
    if (Number.isFinite(t)) out.push(t);
  }
  return out;
}

/** Keys start with their one-letter kind (`w:`, `n:`, `#:` …), so the first character names the facet. */
function facetOf(key: string): Facet {
  return FACET_OF_KIND[key[0]] ?? 'words';
}

function weighted(profile: Map<string, number>, weigh: (k: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  for (const [k, w] of profile) v.set(k, w * weigh(k));
  return v;
}

/** The larger story absorbs the smaller (ties: the one the article joined), so most articles keep their story id. */
function survivorFirst(a: StoryState, b: StoryState): [StoryState, StoryState] {
  return a.articles.length >= b.articles.length ? [a, b] : [b, a];
}

/** Keeps the heaviest keys once the profile is well past its size (amortised: not on every add). */
function trimProfile(profile: Map<string, number>, size: number): void {
  if (profile.size <= size * 1.5) return;
  const kept = [...profile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
  profile.clear();
  for (const [k, w] of kept) profile.set(k, w);
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
