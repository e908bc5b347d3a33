import type { ClusterOptions } from './cluster-options.js';
import type { StoryFeatures } from './features.js';
import type { DocumentFrequencies } from './idf.js';
import { DAY_MS, type FacetSums, profileNorms, timeFactor } from './similarity.js';

/** One story as the clusterer sees it: a profile of its articles' keys, its members and time span. */
export interface StoryState {
  id: string;
  /** Sum of its articles' key weights (before idf); trimmed to `profileSize`. */
  profile: Map<string, number>;
  articles: string[];
  /** Raw mention counts of its `a:` person keys, summed over its articles: who the story is about. */
  persons: Map<string, number>;
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

/**
 * The stories of a clusterer and the inverted index from keys to the stories that hold them: which
 * story an article is in, which stories are candidates for a new article, and the upkeep of profiles
 * as articles join and stories merge or go idle.
 */
export class StoryIndex {
  readonly #stories = new Map<string, StoryState>();
  /** Key → ids of the stories that took it, oldest first (a story appears again when it takes it again). */
  readonly #postings = new Map<string, string[]>();
  readonly #articleStory = new Map<string, string>();
  readonly #opts: ClusterOptions;
  /** The latest article time seen (ms). */
  #latest = Number.NEGATIVE_INFINITY;
  #open = 0;
  #sinceSweep = 0;

  constructor(options: ClusterOptions) {
    this.#opts = options;
  }

  /** Starts an empty story. */
  start(id: string): StoryState {
    const story: StoryState = {
      id,
      profile: new Map(),
      articles: [],
      persons: new Map(),
      first: null,
      last: null,
      mergedInto: null,
      closed: false,
      norms: null,
      normsAt: 0,
    };
    this.#stories.set(id, story);
    this.#open++;
    return story;
  }

  /** The live story a story id now is (following merges), or null when unknown. */
  resolve(id: string): StoryState | null {
    let story = this.#stories.get(id);
    while (story?.mergedInto) story = this.#stories.get(story.mergedInto);
    return story ?? null;
  }

  /** The live story an article is in, or null when unknown. */
  storyOf(articleId: string): string | null {
    const id = this.#articleStory.get(articleId);
    return id === undefined ? null : (this.resolve(id)?.id ?? null);
  }

  /** Number of stories, merged ones not counted. */
  size(): number {
    let n = 0;
    for (const s of this.#stories.values()) if (!s.mergedInto) n++;
    return n;
  }

  /** Number of stories still open to new articles. */
  openStories(): number {
    return this.#open;
  }

  /**
   * Stories that share the article's rarest keys, read from the index: at most `postingDepth` recent
   * stories per key, and only the `maxCandidates` with the most shared weight, in that order.
   */
  candidates(vector: ReadonlyMap<string, number>, t: number | null): StoryState[] {
    const opts = this.#opts;
    const keys = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.queryKeys);
    const shared = new Map<StoryState, number>();
    for (const [key, weight] of keys) {
      const list = this.#postings.get(key);
      if (!list) continue;
      const seen = new Set<StoryState>();
      for (let i = list.length - 1, n = 0; i >= 0 && n < opts.postingDepth; i--, n++) {
        const story = this.resolve(list[i]);
        if (!story || story.closed || seen.has(story) || timeFactor(story.first, story.last, t, opts) === 0)
          continue;
        seen.add(story);
        shared.set(story, (shared.get(story) ?? 0) + weight);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
      .slice(0, opts.maxCandidates)
      .map(([story]) => story);
  }

  /** Adds an article (published at `t`, ms) to a story: its profile, members, time span and index. */
  absorb(story: StoryState, articleId: string, features: StoryFeatures, t: number | null): void {
    const weights = Object.entries(features.keys).filter(([, count]) => count > 0);
    // Each article adds a unit vector, so one long article does not own its story's profile.
    const norm = Math.sqrt(weights.reduce((sum, [, c]) => sum + (1 + Math.log(c)) ** 2, 0)) || 1;
    for (const [key, count] of weights) {
      story.profile.set(key, (story.profile.get(key) ?? 0) + (1 + Math.log(count)) / norm);
    }
    trimProfile(story.profile, this.#opts.profileSize);
    for (const [key, count] of weights) if (key[0] === 'a') addTo(story.persons, key, count);
    trimProfile(story.persons, PERSONS_KEPT);
    story.norms = null;
    story.articles.push(articleId);
    this.#articleStory.set(articleId, story.id);
    if (t !== null) {
      story.first = story.first === null ? t : Math.min(story.first, t);
      story.last = story.last === null ? t : Math.max(story.last, t);
      this.#latest = Math.max(this.#latest, t);
    }
    this.#index(story, Object.keys(features.keys));
    this.#sweep();
  }

  /** Moves `from`'s profile, articles and time span into `into`; `from` is retired. */
  merge(into: StoryState, from: StoryState): void {
    for (const [k, w] of from.profile) into.profile.set(k, (into.profile.get(k) ?? 0) + w);
    trimProfile(into.profile, this.#opts.profileSize);
    for (const [k, c] of from.persons) addTo(into.persons, k, c);
    trimProfile(into.persons, PERSONS_KEPT);
    from.persons = new Map();
    into.norms = null;
    for (const a of from.articles) {
      into.articles.push(a);
      this.#articleStory.set(a, into.id);
    }
    if (from.first !== null) into.first = into.first === null ? from.first : Math.min(into.first, from.first);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    this.#index(into, into.profile.keys());
    from.mergedInto = into.id;
    this.#open--;
    from.profile = new Map();
    from.articles = [];
  }

  /**
   * A story profile's norms under idf. Cached: recomputed when the story changed or the collection
   * grew by a tenth since, as idf drifts slowly; this halves the work of scoring a candidate.
   */
  norms(story: StoryState, frequencies: DocumentFrequencies): FacetSums {
    if (story.norms && frequencies.docs <= story.normsAt * 1.1 + 10) return story.norms;
    story.norms = profileNorms(story.profile, frequencies.idf);
    story.normsAt = frequencies.docs;
    return story.norms;
  }

  #index(story: StoryState, keys: Iterable<string>): void {
    const depth = this.#opts.postingDepth;
    for (const key of keys) {
      let list = this.#postings.get(key);
      if (!list) {
        list = [];
        this.#postings.set(key, list);
      }
      if (list[list.length - 1] === story.id) continue;
      list.push(story.id);
      // Old entries beyond the depth read are never looked at again; drop them in batches.
      if (list.length > depth * 2) list.splice(0, list.length - depth);
    }
  }

  /**
   * Drops the profiles of stories idle past `maxGapDays` (no article can join them any more), so
   * memory follows the open stories, not the archive. Runs once per as many adds as there are open
   * stories, so its cost per article stays constant.
   */
  #sweep(): void {
    if (++this.#sinceSweep < Math.max(1000, this.#open)) return;
    this.#sinceSweep = 0;
    for (const story of this.#stories.values()) {
      if (story.closed || story.mergedInto || story.last === null) continue;
      if ((this.#latest - story.last) / DAY_MS <= this.#opts.maxGapDays) continue;
      story.closed = true;
      story.profile = new Map();
      story.persons = new Map();
      this.#open--;
    }
  }
}

/** Person keys kept per story: the protagonist and whoever could rival it. */
const PERSONS_KEPT = 32;

function addTo(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Keeps the heaviest keys once the profile is well past its size (amortised: not on every add). */
function trimProfile(profile: Map<string, number>, size: number): void {
  if (profile.size <= size * 1.5) return;
  const kept = [...profile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
  profile.clear();
  for (const [k, w] of kept) profile.set(k, w);
}
