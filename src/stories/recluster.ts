import type { StoryMerge, StorySplit } from '../model/index.js';
import { type ClusterOptions, createClusterer, storyIdFor } from './cluster.js';
import type { StoryFeatures } from './features.js';

/** One article of the set a re-clustering pass regroups, with the story it is in now. */
export interface ReclusterItem {
  articleId: string;
  features: StoryFeatures;
  storyId: string;
}

/** What a re-clustering pass decided: every article's story, and the history that leads there. */
export interface ReclusterPlan {
  /** Article id → story id after the pass; every article of the input is in it. */
  assignment: Map<string, string>;
  /** Stories wholly absorbed by another. */
  merges: StoryMerge[];
  /** Articles moved out of a story that lives on (or that was split up). */
  splits: StorySplit[];
}

/**
 * The articles in a canonical order that depends on the set only: publication time, undated last,
 * then id. Stories grow in the order news happens, whatever order the articles arrived in.
 */
export function canonicalOrder(items: readonly ReclusterItem[]): ReclusterItem[] {
  const time = (item: ReclusterItem) => {
    const t = item.features.published ? Date.parse(item.features.published) : Number.NaN;
    return Number.isFinite(t) ? t : Number.POSITIVE_INFINITY;
  };
  return [...items].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
  });
}

/**
 * Regroups a set of articles with the whole evidence: a fresh clusterer, its rarities taken from the
 * whole set, places them in canonical order. The grouping depends on the set, not on arrival order.
 * Returns article id → a group key (the id of the article that started the group).
 */
export function regroup(
  items: readonly ReclusterItem[],
  options: Partial<ClusterOptions> = {},
): Map<string, string> {
  const ordered = canonicalOrder(items);
  const clusterer = createClusterer(
    options,
    ordered.map((item) => item.features),
  );
  for (const item of ordered) clusterer.add(item.articleId, item.features);
  return new Map(
    ordered.map((item) => [item.articleId, clusterer.storyOf(item.articleId) ?? item.articleId]),
  );
}

/**
 * A re-clustering pass over a set of placed articles: regroups them, then names each new group after
 * the current story holding most of it (each story id names one group at most, the largest share
 * first), so stories keep their ids; the rest become new stories. Stories whose articles all went to
 * one other story are merges; articles leaving a story for another are splits. No article is lost:
 * each one ends in exactly one story.
 */
export function recluster(
  items: readonly ReclusterItem[],
  at: string,
  options: Partial<ClusterOptions> = {},
): ReclusterPlan {
  const groups = membersOf(regroup(items, options));
  const current = new Map(items.map((item) => [item.articleId, item.storyId]));
  const names = nameGroups(groups, current);
  const assignment = new Map<string, string>();
  for (const [key, members] of groups) for (const a of members) assignment.set(a, names.get(key) ?? key);
  return { assignment, ...historyOf(items, assignment, at) };
}

/** Group key → its members, in canonical order. */
function membersOf(grouping: Map<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [article, key] of grouping) {
    const list = groups.get(key);
    if (list) list.push(article);
    else groups.set(key, [article]);
  }
  return groups;
}

/**
 * Names the groups: (group, story) pairs by shared articles, most first (ties by ids), each story id
 * and each group used once; an unnamed group takes the id its first article would start.
 */
function nameGroups(groups: Map<string, string[]>, current: Map<string, string>): Map<string, string> {
  const shares: { group: string; story: string; n: number }[] = [];
  for (const [group, members] of groups) {
    const counts = new Map<string, number>();
    for (const a of members) {
      const s = current.get(a);
      if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const [story, n] of counts) shares.push({ group, story, n });
  }
  shares.sort((a, b) => b.n - a.n || cmp(a.story, b.story) || cmp(a.group, b.group));
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const { group, story } of shares) {
    if (names.has(group) || taken.has(story)) continue;
    names.set(group, story);
    taken.add(story);
  }
  const existing = new Set(current.values());
  for (const [group, members] of groups) {
    if (names.has(group)) continue;
    let id = storyIdFor(members[0]);
    for (let k = 2; existing.has(id) || taken.has(id); k++) id = `${storyIdFor(members[0])}-${k}`;
    names.set(group, id);
    taken.add(id);
  }
  return names;
}

/** The merges and splits that take the current stories to `assignment`, in a deterministic order. */
function historyOf(
  items: readonly ReclusterItem[],
  assignment: Map<string, string>,
  at: string,
): { merges: StoryMerge[]; splits: StorySplit[] } {
  const moves = new Map<string, Map<string, string[]>>();
  const survivors = new Set(assignment.values());
  for (const item of items) {
    const into = assignment.get(item.articleId) ?? item.storyId;
    if (into === item.storyId) continue;
    const byTarget = moves.get(item.storyId) ?? new Map<string, string[]>();
    moves.set(item.storyId, byTarget);
    byTarget.set(into, [...(byTarget.get(into) ?? []), item.articleId]);
  }
  const merges: StoryMerge[] = [];
  const splits: StorySplit[] = [];
  for (const from of [...moves.keys()].sort(cmp)) {
    const byTarget = moves.get(from) ?? new Map<string, string[]>();
    const targets = [...byTarget.keys()].sort(cmp);
    if (!survivors.has(from) && targets.length === 1) {
      // No single similarity decided it: the score is the share of its articles that went (all).
      merges.push({ into: targets[0], from, score: 1, at });
      continue;
    }
    for (const into of targets) splits.push({ from, into, articleIds: byTarget.get(into) ?? [], at });
  }
  return { merges, splits };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
