import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { type StoryFeatures, storyFeatures } from '../../src/stories/features.js';
import { canonicalOrder, type ReclusterItem, recluster, regroup } from '../../src/stories/recluster.js';
import { analysisOf } from './fixtures.js';

const { stopwords: STOPWORDS } = buildLexicon();

const TEXTS: Record<string, string> = {
  q0: 'Strong earthquake hits Chile\n\nA magnitude 7.1 earthquake struck near Valparaiso in Chile, killing 12 people. Rescuers in Valparaiso searched collapsed homes.',
  q1: 'Chile earthquake toll rises to 15\n\nThe toll from the Valparaiso earthquake in Chile rose to 15 as rescuers searched the rubble of homes.',
  q2: 'Aftershocks rattle Valparaiso\n\nAftershocks shook Valparaiso two days after the magnitude 7.1 earthquake that killed 15 people in Chile.',
  c0: 'Rovers sack coach Hendricks\n\nBlackburn Rovers fired head coach Tom Hendricks after a run of nine defeats left the club bottom of the table.',
  c1: 'Hendricks out at Rovers\n\nTom Hendricks was fired by Blackburn Rovers on Sunday; the club said the nine defeats left no choice.',
  c2: 'Who replaces Hendricks?\n\nBlackburn Rovers began the search for a coach to replace Tom Hendricks, fired after nine defeats.',
};

function features(id: string): StoryFeatures {
  const day = `2024-03-0${Number(id[1]) + 1}T10:00:00Z`;
  return storyFeatures(analysisOf(id, TEXTS[id], { published: day }), STOPWORDS);
}

const FEATURES = new Map(Object.keys(TEXTS).map((id) => [id, features(id)]));

function item(articleId: string, storyId: string): ReclusterItem {
  return { articleId, features: FEATURES.get(articleId) as StoryFeatures, storyId };
}

/** The groups of an assignment, each sorted, in a canonical order. */
function groupsOf(assignment: Map<string, string>): string[][] {
  const by = new Map<string, string[]>();
  for (const [a, s] of assignment) by.set(s, [...(by.get(s) ?? []), a]);
  return [...by.values()].map((g) => g.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

test('canonical order: publication time, undated last, then id', () => {
  const undated = {
    ...item('a', 's'),
    features: { ...(FEATURES.get('q0') as StoryFeatures), published: null },
  };
  const order = canonicalOrder([item('q2', 's'), undated, item('c0', 's'), item('q0', 's')]);
  assert.deepEqual(
    order.map((i) => i.articleId),
    ['c0', 'q0', 'q2', 'a'],
  );
});

test('regrouping a set gives the same groups in every arrival order', () => {
  const ids = Object.keys(TEXTS);
  const expected = groupsOf(regroup(ids.map((id) => item(id, 'x'))));
  assert.deepEqual(expected, [
    ['c0', 'c1', 'c2'],
    ['q0', 'q1', 'q2'],
  ]);
  for (const order of [[...ids].reverse(), ['c2', 'q1', 'c0', 'q2', 'q0', 'c1']]) {
    assert.deepEqual(groupsOf(regroup(order.map((id) => item(id, 'x')))), expected);
  }
});

test('a wrong merge is split, a split story merged, ids kept, no article lost', () => {
  // Now: one story mixing two coach articles with the quake, and the quake split over two stories.
  const items = [
    item('q0', 'story-q0'),
    item('c0', 'story-q0'),
    item('c1', 'story-q0'),
    item('q1', 'story-q1'),
    item('q2', 'story-q1'),
    item('c2', 'story-c2'),
  ];
  const plan = recluster(items, '2024-03-05T00:00:00Z');
  assert.equal(plan.assignment.size, items.length);
  const story = (id: string) => plan.assignment.get(id);
  assert.equal(story('q0'), story('q1'));
  assert.equal(story('q1'), story('q2'));
  assert.equal(story('c0'), story('c1'));
  assert.equal(story('c1'), story('c2'));
  assert.notEqual(story('q0'), story('c0'));
  // story-q0 holds two of the three coach articles: the coach story keeps that id, the quake takes story-q1.
  assert.equal(story('c0'), 'story-q0');
  assert.equal(story('q0'), 'story-q1');
  assert.deepEqual(plan.merges, [
    { into: 'story-q0', from: 'story-c2', score: 1, at: '2024-03-05T00:00:00Z' },
  ]);
  assert.deepEqual(plan.splits, [
    { from: 'story-q0', into: 'story-q1', articleIds: ['q0'], at: '2024-03-05T00:00:00Z' },
  ]);
});

test('a pass over stories that are right changes nothing', () => {
  const items = Object.keys(TEXTS).map((id) => item(id, `story-${id[0]}`));
  const plan = recluster(items, 'now');
  assert.deepEqual(plan.merges, []);
  assert.deepEqual(plan.splits, []);
  for (const i of items) assert.equal(plan.assignment.get(i.articleId), i.storyId);
  assert.deepEqual(recluster([], 'now'), { assignment: new Map(), merges: [], splits: [] });
});

/** Synthetic features: a story's shared words plus a few words of the article's own. */
function synthetic(story: string, n: number, published: string | null): StoryFeatures {
  const keys: Record<string, number> = { 'w:breaking': 3, 'w:news': 3 };
  for (let k = 0; k < 6; k++) keys[`w:${story}${k}`] = 2;
  keys[`n:${story}`] = 3;
  for (let k = 0; k < 3; k++) keys[`w:own${n}x${k}`] = 1;
  return { keys, published, title: 'Breaking news' };
}

test('a thousand articles with one title over four stories: four stories, none lost, bounded time', () => {
  const topics = ['quake', 'coach', 'vote', 'flood'];
  const items: ReclusterItem[] = Array.from({ length: 1000 }, (_, n) => ({
    articleId: `a${n}`,
    features: synthetic(topics[n % 4], n, `2024-03-0${1 + (n % 5)}T10:00:00Z`),
    storyId: 'story-a0',
  }));
  const started = Date.now();
  const plan = recluster(items, 'now');
  assert.ok(Date.now() - started < 20_000);
  assert.equal(plan.assignment.size, 1000);
  const topicsOf = new Map<string, Set<string>>();
  for (const [a, s] of plan.assignment) {
    const set = topicsOf.get(s) ?? new Set<string>();
    set.add(topics[Number(a.slice(1)) % 4]);
    topicsOf.set(s, set);
  }
  assert.equal(topicsOf.size, 4);
  for (const set of topicsOf.values()) assert.equal(set.size, 1);
  // All were in one story: it lives on as one of the four, the other three split off from it.
  assert.deepEqual(plan.merges, []);
  assert.equal(plan.splits.length, 3);
  assert.equal(
    plan.splits.reduce((n, s) => n + s.articleIds.length, 0),
    750,
  );
});

test('an article naming every story, future and missing dates: nothing swallowed, nothing lost', () => {
  const topics = ['quake', 'coach', 'vote'];
  const items: ReclusterItem[] = Array.from({ length: 30 }, (_, n) => ({
    articleId: `a${n}`,
    features: synthetic(topics[n % 3], n, n % 7 === 0 ? null : `2024-03-0${1 + (n % 5)}T10:00:00Z`),
    storyId: `story-${topics[n % 3]}`,
  }));
  const everything: Record<string, number> = {};
  for (const t of topics) Object.assign(everything, synthetic(t, 99, null).keys);
  items.push({
    articleId: 'all',
    features: { keys: everything, published: '2999-01-01T00:00:00Z', title: '' },
    storyId: 'story-all',
  });
  const plan = recluster(items, 'now', { now: () => '2024-03-06T00:00:00Z' });
  assert.equal(plan.assignment.size, 31);
  for (let n = 0; n < 30; n++) assert.equal(plan.assignment.get(`a${n}`), `story-${topics[n % 3]}`);
  // The digest may join one story (its one-article story merged away), never bridge two.
  assert.deepEqual(
    plan.merges.map((m) => m.from),
    ['story-all'],
  );
  assert.deepEqual(plan.splits, []);
});

test('a story of 10,000 articles is regrouped in bounded time and stays one story', () => {
  const items: ReclusterItem[] = Array.from({ length: 10_000 }, (_, n) => ({
    articleId: `a${n}`,
    features: synthetic('quake', n, `2024-03-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z`),
    storyId: 'story-a0',
  }));
  const started = Date.now();
  const plan = recluster(items, 'now');
  assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  assert.equal(plan.assignment.size, 10_000);
  assert.deepEqual(new Set(plan.assignment.values()), new Set(['story-a0']));
  assert.deepEqual(plan.splits, []);
});
