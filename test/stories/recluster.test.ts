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
