import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildStoryView, summarizeStory } from '../../src/stories/view.js';
import { analysisOf } from './fixtures.js';

const A = analysisOf(
  'a',
  'North Korea sends troops to Russia\n\nAustin said on Wednesday that North Korea had sent troops. The first units arrived on Oct. 8.',
  {
    published: '2024-10-23T15:00:00Z',
    outlet: 'The Times',
    entities: [
      ['Lloyd Austin', 'PERSON', 'Austin'],
      ['North Korea', 'LOC'],
    ],
    dates: [
      ['on Wednesday', '2024-10-23'],
      ['on Oct. 8', '2024-10-08'],
    ],
  },
);
const B = analysisOf(
  'b',
  'South Korea says 1,500 more North Korean troops sent\n\nThe spy agency said another 1,500 left.',
  {
    published: '2024-10-22T09:00:00Z',
    outlet: 'Wire',
    entities: [['North Korea', 'LOC', 'North Korean']],
  },
);
const C = analysisOf(
  'c',
  'Austin: North Korea troops in Russia\n\nThe first units arrived on Oct. 8, the official said again.',
  {
    published: '2024-10-24T09:00:00Z',
    outlet: 'The Times',
    entities: [['Lloyd Austin', 'PERSON', 'Austin']],
    dates: [['on Oct. 8', '2024-10-08']],
  },
);

test('the story view lists articles oldest first, outlets, key entities and a deduplicated timeline', () => {
  const view = buildStoryView({ id: 'story-b', articleIds: ['a', 'b', 'c'] }, [A, B, C]);
  assert.equal(view.first, '2024-10-22T09:00:00Z');
  assert.equal(view.last, '2024-10-24T09:00:00Z');
  assert.deepEqual(
    view.articles.map((a) => a.id),
    ['b', 'a', 'c'],
  );
  assert.deepEqual(view.outlets, ['Wire', 'The Times']);
  assert.deepEqual(view.keyEntities, [
    { name: 'Lloyd Austin', type: 'PERSON', mentions: 2, articles: 2 },
    { name: 'North Korea', type: 'LOC', mentions: 2, articles: 2 },
  ]);
  // Oct. 8 is reported twice (a, then c) and kept once, from its first report; b has no dates, so its report is the event.
  assert.deepEqual(
    view.timeline.map((e) => [e.date, e.articleId, e.text]),
    [
      ['2024-10-08', 'a', 'The first units arrived on Oct. 8.'],
      ['2024-10-22', 'b', 'South Korea says 1,500 more North Korean troops sent'],
      ['2024-10-23', 'a', 'Austin said on Wednesday that North Korea had sent troops.'],
    ],
  );
  const byId = new Map([A, B, C].map((x) => [x.article.id, x.article.text]));
  for (const e of view.timeline) assert.equal(byId.get(e.articleId)?.slice(e.span.start, e.span.end), e.text);
  assert.ok(view.title.length > 0);
});

test('articles outside the story are ignored; undated and empty analyses do not crash', () => {
  const empty = analysisOf('e', '', { title: '' });
  const view = buildStoryView({ id: 's', articleIds: ['e', 'b'] }, [A, B, empty]);
  assert.deepEqual(
    view.articles.map((a) => a.id),
    ['b', 'e'],
  );
  assert.equal(view.timeline.length, 1);
  const none = summarizeStory('s', [empty]);
  assert.deepEqual(none, {
    id: 's',
    title: '',
    first: null,
    last: null,
    articleIds: ['e'],
    outlets: [],
    keyEntities: [],
  });
});

test('a bad date value in a mention is skipped, not thrown', () => {
  const bad = analysisOf('x', 'Something happened on the 45th.', {
    published: 'not a date',
    dates: [['on the 45th', '2024-13-45']],
  });
  assert.deepEqual(buildStoryView({ id: 's', articleIds: [] }, [bad]).timeline, []);
});
