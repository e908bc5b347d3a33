import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { createClusterer } from '../../src/stories/cluster.js';
import { type StoryFeatures, storyFeatures } from '../../src/stories/features.js';
import { protagonistsDiffer } from '../../src/stories/similarity.js';
import { analysisOf } from './fixtures.js';

const { stopwords: STOPWORDS } = buildLexicon();

const QUAKE = [
  'Strong earthquake hits Chile\n\nA magnitude 7.1 earthquake struck near Valparaiso in Chile, killing 12 people. Rescuers in Valparaiso searched collapsed homes.',
  'Chile earthquake toll rises to 15\n\nThe toll from the Valparaiso earthquake in Chile rose to 15 as rescuers searched the rubble of homes.',
  'Aftershocks rattle Valparaiso\n\nAftershocks shook Valparaiso two days after the magnitude 7.1 earthquake that killed 15 people in Chile.',
];
const COACH = [
  'Rovers sack coach Hendricks\n\nBlackburn Rovers fired head coach Tom Hendricks after a run of nine defeats left the club bottom of the table.',
  'Hendricks out at Rovers\n\nTom Hendricks was fired by Blackburn Rovers on Sunday; the club said the nine defeats left no choice.',
  'Who replaces Hendricks?\n\nBlackburn Rovers began the search for a coach to replace Tom Hendricks, fired after nine defeats.',
];
const VOTE = [
  'Kenya votes in tight presidential race\n\nKenyans voted on Tuesday in a presidential election between Odinga and Ruto, with turnout high in Nairobi.',
  'Odinga leads early Kenya count\n\nEarly results from the Kenya presidential election put Odinga ahead of Ruto, the electoral commission in Nairobi said.',
  'Ruto declared winner in Kenya\n\nThe electoral commission declared Ruto winner of the Kenya presidential election; Odinga rejected the result in Nairobi.',
];

function features(id: string, text: string, published: string | null, title?: string): StoryFeatures {
  return storyFeatures(analysisOf(id, text, { published, title }), STOPWORDS);
}

/** The three stories interleaved, one day apart. */
function stream(): [string, StoryFeatures][] {
  const out: [string, StoryFeatures][] = [];
  for (let i = 0; i < 3; i++) {
    const day = `2024-03-0${i + 1}T10:00:00Z`;
    out.push([`q${i}`, features(`q${i}`, QUAKE[i], day)]);
    out.push([`c${i}`, features(`c${i}`, COACH[i], day)]);
    out.push([`v${i}`, features(`v${i}`, VOTE[i], day)]);
  }
  return out;
}

function groups(ids: string[], storyOf: (id: string) => string | null): string[][] {
  const by = new Map<string, string[]>();
  for (const id of ids) {
    const s = storyOf(id) ?? 'none';
    by.set(s, [...(by.get(s) ?? []), id]);
  }
  return [...by.values()];
}

test('interleaved articles of three stories form three stories, with ids from their first article', () => {
  const clusterer = createClusterer();
  const placed = stream().map(([id, f]) => [id, clusterer.add(id, f).storyId]);
  assert.deepEqual(
    groups(
      placed.map(([id]) => id),
      (id) => clusterer.storyOf(id),
    ),
    [
      ['q0', 'q1', 'q2'],
      ['c0', 'c1', 'c2'],
      ['v0', 'v1', 'v2'],
    ],
  );
  assert.equal(clusterer.storyOf('v2'), 'story-v0');
  assert.equal(clusterer.size(), 3);
});

test('the same order gives the same placements; restore rebuilds the same state', () => {
  const run = () => {
    const c = createClusterer();
    return stream().map(([id, f]) => c.add(id, f));
  };
  assert.deepEqual(run(), run());
  const restored = createClusterer();
  const original = createClusterer();
  const items = stream();
  for (const [id, f] of items.slice(0, 6)) restored.restore(id, f, original.add(id, f).storyId);
  for (const [id, f] of items.slice(6)) assert.deepEqual(restored.add(id, f), original.add(id, f));
});

test('the same topic two years later is another story', () => {
  const c = createClusterer();
  const first = c.add('old', features('old', QUAKE[0], '2022-03-01T10:00:00Z'));
  const later = c.add('new', features('new', QUAKE[1], '2024-03-02T10:00:00Z'));
  assert.notEqual(later.storyId, first.storyId);
  const sameWeek = createClusterer();
  sameWeek.add('old', features('old', QUAKE[0], '2024-03-01T10:00:00Z'));
  assert.equal(sameWeek.add('new', features('new', QUAKE[1], '2024-03-02T10:00:00Z')).storyId, 'story-old');
});

test('no date, a future date and empty text are placed without crash or NaN', () => {
  const c = createClusterer({ now: () => '2024-03-04T12:00:00Z' });
  for (const [id, f] of stream()) c.add(id, f);
  const undated = c.add('u', features('u', QUAKE[1], null));
  assert.equal(undated.storyId, c.storyOf('q0'));
  const future = c.add('f', features('f', COACH[1], '2999-01-01T00:00:00Z'));
  assert.equal(future.storyId, c.storyOf('c0'));
  // The future date is not trusted, so it does not close the other stories for today's articles.
  assert.equal(c.add('v9', features('v9', VOTE[2], '2024-03-04T10:00:00Z')).storyId, c.storyOf('v0'));
  const empty = c.add('e', features('e', '', null));
  assert.deepEqual(empty, { storyId: 'story-e', score: 0, merges: [] });
  assert.equal(c.add('e2', features('e2', '   ', 'garbage')).storyId, 'story-e2');
  for (const r of [undated, future]) assert.ok(Number.isFinite(r.score));
});

test('identical titles on unrelated stories do not join them', () => {
  const c = createClusterer();
  const a = c.add(
    'a',
    features('a', `Breaking news\n\n${QUAKE[0].split('\n\n')[1]}`, '2024-03-01T10:00:00Z', 'Breaking news'),
  );
  const b = c.add(
    'b',
    features('b', `Breaking news\n\n${COACH[0].split('\n\n')[1]}`, '2024-03-01T11:00:00Z', 'Breaking news'),
  );
  assert.notEqual(a.storyId, b.storyId);
});

test('one article that mentions everything neither merges the stories nor swallows the next articles', () => {
  const c = createClusterer();
  const items = stream();
  for (const [id, f] of items) c.add(id, f);
  const all = [...QUAKE, ...COACH, ...VOTE].join('\n\n');
  const everything = c.add('all', features('all', `Week in review\n\n${all}`, '2024-03-04T10:00:00Z'));
  assert.deepEqual(everything.merges, []);
  assert.equal(c.size() >= 3, true);
  assert.deepEqual(
    ['q0', 'c0', 'v0'].map((id) => c.storyOf(id)),
    ['story-q0', 'story-c0', 'story-v0'],
  );
  const next = c.add('q9', features('q9', QUAKE[2], '2024-03-04T12:00:00Z'));
  assert.equal(next.storyId, 'story-q0');
});

test('two stories that turn out to be one merge, and the merge is recorded', () => {
  // Two halves of one event share no words; a later article telling both shows they are one story.
  const c = createClusterer({ threshold: 0.6, mergeThreshold: 0.25 });
  const quake =
    'A magnitude 7.1 earthquake struck near Valparaiso, killing 12 people and injuring 40 in the port.';
  const rescue =
    'Rescuers with dogs searched 300 collapsed homes in Quilpue overnight, while 200 firefighters joined them.';
  const a = c.add('a', features('a', quake, '2024-03-01T10:00:00Z'));
  const b = c.add('b', features('b', rescue, '2024-03-01T11:00:00Z'));
  assert.notEqual(a.storyId, b.storyId);
  const bridge = c.add('m', features('m', `${quake} ${rescue}`, '2024-03-01T12:00:00Z'));
  assert.deepEqual(
    bridge.merges.map((m) => [m.into, m.from, m.at]),
    [['story-a', 'story-b', '2024-03-01T12:00:00Z']],
  );
  assert.ok(bridge.merges[0].score >= 0.25);
  assert.equal(c.storyOf('b'), 'story-a');
  assert.equal(c.size(), 1);
});

test('two people of one team in two DUI arrests are two stories; a bystander named twice is not a rival', () => {
  const article = [
    ['a:jamal williams', 6],
    ['a:vincent jackson', 2],
    ['w:dui', 5],
  ] as [string, number][];
  const jacksonStory = new Map([
    ['a:vincent jackson', 40],
    ['a:brad baehr', 4],
  ]);
  assert.equal(protagonistsDiffer(article, jacksonStory), true);
  // The same person by surname alone is no rival.
  assert.equal(protagonistsDiffer([['a:jackson', 8]], jacksonStory), false);
  // An article about both, or naming its person only twice, says nothing.
  assert.equal(
    protagonistsDiffer(
      [
        ['a:jamal williams', 4],
        ['a:vincent jackson', 3],
      ],
      jacksonStory,
    ),
    false,
  );
  assert.equal(protagonistsDiffer([['a:jamal williams', 2]], jacksonStory), false);
  assert.equal(protagonistsDiffer([], jacksonStory), false);
  // A story that already tells of Williams at length is his too.
  assert.equal(protagonistsDiffer(article, new Map([...jacksonStory, ['a:williams', 30]])), false);
});
