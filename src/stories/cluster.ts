import type { StoryMerge } from '../model/index.js';
import { CLUSTER_DEFAULTS, type ClusterOptions } from './cluster-options.js';
import type { StoryFeatures } from './features.js';
import { DocumentFrequencies } from './idf.js';
import {
  DAY_MS,
  datesOf,
  eventTime,
  normsOf,
  protagonistsDiffer,
  similarity,
  timeFactor,
  vectorOf,
  weighted,
} from './similarity.js';
import { StoryIndex, type StoryState } from './story-index.js';

export { CLUSTER_DEFAULTS, type ClusterOptions } from './cluster-options.js';
export type { Facet } from './similarity.js';

/** Where `add` placed an article. */
export interface Placement {
  storyId: string;
  /** Similarity to the story joined; 0 when the article started a story. */
  score: number;
  /** Stories absorbed because this article showed they are one. */
  merges: StoryMerge[];
}

/** An online story clusterer: its state lives in the instance, nothing is shared between instances. */
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

/**
 * Creates an online clusterer. Deterministic: the same articles in the same order give the same stories.
 * With `prime` (a re-clustering pass over a known set), the document frequencies are those of the whole
 * set from the start, so the first articles placed see the same rarities as the last.
 */
export function createClusterer(
  options: Partial<ClusterOptions> = {},
  prime: readonly StoryFeatures[] | null = null,
): Clusterer {
  const opts: ClusterOptions = { ...CLUSTER_DEFAULTS, ...options };
  const frequencies = new DocumentFrequencies();
  const stories = new StoryIndex(opts);
  const { idf } = frequencies;
  const primed = prime !== null;
  for (const f of prime ?? []) frequencies.count(Object.keys(f.keys));

  /** The similarity of an idf-weighted vector (with its norms) to a story's profile. */
  const score = (vector: Map<string, number>, norms: ReturnType<typeof normsOf>, story: StoryState) =>
    similarity(vector, norms, story.profile, stories.norms(story, frequencies), idf, opts.facetWeights);

  /** Publication time (ms) when it can be trusted: a date far in the future is a typo or a clock error. */
  const timeOf = (features: StoryFeatures): number | null => {
    const t = features.published ? Date.parse(features.published) : Number.NaN;
    if (!Number.isFinite(t)) return null;
    const now = opts.now ? Date.parse(opts.now()) : Number.NaN;
    if (Number.isFinite(now) && t > now + opts.futureToleranceDays * DAY_MS) return null;
    return t;
  };

  /**
   * Merges into the joined story the other candidates whose own profiles agree with it, so one
   * article that mentions everything cannot chain unrelated stories together.
   */
  const mergeAgreeing = (
    joined: StoryState,
    ranked: readonly { story: StoryState; score: number }[],
    at: string,
  ): { story: StoryState; merges: StoryMerge[] } => {
    const merges: StoryMerge[] = [];
    let current = joined;
    for (const other of ranked) {
      if (other.story === joined || other.score < opts.mergeFloor || other.story.mergedInto) continue;
      const profile = weighted(current.profile, idf);
      const agreement = score(profile, normsOf(profile), other.story);
      if (agreement < opts.mergeThreshold || protagonistsDiffer(current.persons, other.story.persons))
        continue;
      const [into, from] = survivorFirst(current, other.story);
      stories.merge(into, from);
      current = into;
      merges.push({ into: into.id, from: from.id, score: round(agreement), at });
    }
    return { story: current, merges };
  };

  return {
    add(articleId, features) {
      const t = timeOf(features);
      const vector = vectorOf(features.keys, idf);
      const norms = normsOf(vector);
      const dates = datesOf(vector.keys());
      const persons = Object.entries(features.keys).filter(([k]) => k[0] === 'a');
      const ranked = stories
        .candidates(vector, t)
        .map((story) => ({
          story,
          score:
            score(vector, norms, story) *
            timeFactor(story.first, story.last, t, opts) *
            eventTime(dates, story.profile.keys(), opts.maxGapDays, opts.dateConflict) *
            (protagonistsDiffer(persons, story.persons) ? opts.protagonistConflict : 1),
        }))
        .sort((a, b) => b.score - a.score || (a.story.id < b.story.id ? -1 : 1));
      if (!primed) frequencies.count(Object.keys(features.keys));
      const best = ranked.find((c) => c.score >= opts.threshold);
      if (!best) {
        const story = stories.start(storyIdFor(articleId));
        stories.absorb(story, articleId, features, t);
        return { storyId: story.id, score: 0, merges: [] };
      }
      stories.absorb(best.story, articleId, features, t);
      const merged = mergeAgreeing(best.story, ranked, features.published ?? `article:${articleId}`);
      return { storyId: merged.story.id, score: round(best.score), merges: merged.merges };
    },
    restore(articleId, features, storyId) {
      const t = timeOf(features);
      frequencies.count(Object.keys(features.keys));
      const story = stories.resolve(storyId) ?? stories.start(storyId);
      stories.absorb(story, articleId, features, t);
    },
    storyOf: (articleId) => stories.storyOf(articleId),
    size: () => stories.size(),
    openStories: () => stories.openStories(),
  };
}

/** The deterministic id of a story started by an article. */
export function storyIdFor(articleId: string): string {
  return `story-${articleId}`;
}

/** The larger story absorbs the smaller (ties: the one the article joined), so most articles keep their story id. */
function survivorFirst(a: StoryState, b: StoryState): [StoryState, StoryState] {
  return a.articles.length >= b.articles.length ? [a, b] : [b, a];
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
