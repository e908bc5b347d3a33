import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { dateOrder, evalStoryGold, readStoryGold } from '../../src/eval/story-gold.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-story-gold-'));
const file = (name: string, lines: unknown[]) => {
  const p = path.join(dir, name);
  writeFileSync(p, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return p;
};
const article = (id: string, published: string, title: string, text: string) => ({
  id,
  outlet: 'test',
  published,
  title,
  text,
  attributions: [],
});

const quake = 'A magnitude 7.1 earthquake struck near Valparaiso in Chile on Tuesday, killing 12 people.';
const coach = 'Blackburn Rovers fired head coach Tom Hendricks after nine straight defeats, the club said.';
const data = file('data.jsonl', [
  // File order is not time order: the follow-up comes first in the file.
  article(
    'b-quake-2',
    '2024-03-06',
    'Rescuers search Valparaiso',
    `${quake} Rescuers searched homes in Valparaiso.`,
  ),
  article('a-coach', '2024-03-04', 'Blackburn fire Hendricks', coach),
  article('c-quake-1', '2024-03-05', 'Earthquake hits Chile', quake),
  article('d-unlisted', '2024-03-05', 'Not in the gold', 'A story the gold does not list is left out.'),
]);

describe('story gold scoring', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('orders a stream by publication date, then id, undated last', () => {
    const docs = [
      { id: 'b', date: '2024-03-06' },
      { id: 'z', date: null },
      { id: 'c', date: '2024-03-05' },
      { id: 'a', date: '2024-03-06' },
    ];
    assert.deepEqual(dateOrder(docs), [2, 3, 0, 1]);
  });

  it('scores only the gold articles, in date and file order, beside the all-singletons baseline', async () => {
    const gold = file('gold.jsonl', [
      { id: 'c-quake-1', story: 'quake' },
      { id: 'a-coach', story: 'coach', note: 'stands alone' },
      { id: 'b-quake-2', story: 'quake' },
    ]);
    const predictions = path.join(dir, 'pred.jsonl');
    const report = await evalStoryGold({ data, gold, predictions, progress: () => {} });
    const m = report.metrics as Record<string, unknown>;
    assert.equal(m.docs, 3);
    assert.equal(m.goldStories, 2);
    assert.equal(m.goldSingletons, 1);
    // Gold {quake-1, quake-2} {coach}: alone, each quake article recalls half its story.
    assert.deepEqual(m.baseline, { precision: 1, recall: 0.6667, f1: 0.8 });
    assert.deepEqual(m.dateOrder, { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(m.fileOrder, { precision: 1, recall: 1, f1: 1 });
    assert.match(report.lines.join('\n'), /all-singletons baseline: +P 1\.000 {2}R 0\.667 {2}F1 0\.800/);
    const rows = readFileSync(predictions, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      rows.map((r) => r.id),
      ['c-quake-1', 'a-coach', 'b-quake-2'],
    );
    assert.equal(rows[0].cluster, rows[2].cluster);
    assert.notEqual(rows[0].cluster, rows[1].cluster);
  });

  it('rejects a gold that repeats an article, names one the data lacks, or is not JSON', async () => {
    const repeated = file('repeated.jsonl', [
      { id: 'a-coach', story: 'x' },
      { id: 'a-coach', story: 'y' },
    ]);
    assert.throws(() => readStoryGold(repeated), /line 2 repeats article a-coach/);
    const missing = file('missing.jsonl', [{ id: 'nowhere', story: 'x' }]);
    await assert.rejects(
      evalStoryGold({ data, gold: missing, progress: () => {} }),
      /article nowhere is not in .*data\.jsonl/,
    );
    assert.throws(() => readStoryGold(file('bad.jsonl', ['{"id": "a"'])), /line 1 is not JSON/);
    assert.throws(
      () => readStoryGold(file('nostory.jsonl', [{ id: 'a' }])),
      /line 1 is not a story gold line/,
    );
    assert.throws(() => readStoryGold(path.join(dir, 'absent.jsonl')), /cannot read the story gold file/);
  });
});
