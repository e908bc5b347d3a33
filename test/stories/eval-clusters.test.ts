import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { bcubed, evalClusters, shuffledOrder } from '../../src/eval/clusters.js';

test('B-cubed matches a hand computation', () => {
  // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
  // Precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
  const b = bcubed(['a', 'a', 'b', 'b', 'b'], ['x', 'x', 'x', 'y', 'y']);
  assert.deepEqual(b, { precision: 0.7333, recall: 0.7333, f1: 0.7333 });
  assert.deepEqual(bcubed(['p', 'q'], ['x', 'y']), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubed([], []), { precision: 0, recall: 0, f1: 0 });
});

test('eval clusters reads ECB+ JSONL, scores cluster and topic, and writes {id, cluster} predictions', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-clusters-'));
  const data = path.join(dir, 'tiny.jsonl');
  const quake = 'A magnitude 7.1 earthquake struck near Valparaiso in Chile, killing 12 people.';
  const coach = 'Blackburn Rovers fired head coach Tom Hendricks after nine defeats.';
  const rows = [
    { id: 'd1', title: null, text: quake, date: null, cluster: '1_ecb', topic: '1' },
    { id: 'd2', title: null, text: coach, date: null, cluster: '2_ecb', topic: '2' },
    {
      id: 'd3',
      title: null,
      text: `${quake} Rescuers searched homes in Valparaiso.`,
      date: null,
      cluster: '1_ecb',
      topic: '1',
    },
  ];
  writeFileSync(data, rows.map((r) => JSON.stringify(r)).join('\n'));
  const out = path.join(dir, 'pred.jsonl');
  const report = await evalClusters({ data, predictions: out, shuffles: 3, progress: () => {} });
  assert.deepEqual(report.metrics.cluster, { precision: 1, recall: 1, f1: 1 });
  const shuffled = report.metrics.shuffled as { seed: number; f1: number }[];
  assert.deepEqual(
    shuffled.map((r) => [r.seed, r.f1]),
    [
      [1, 1],
      [2, 1],
      [3, 1],
    ],
  );
  assert.match(report.lines.join('\n'), /3 shuffled orders: seed 1: 1\.000 \(2\).* min 1\.000/);
  assert.equal(report.metrics.clustersFound, 2);
  const predictions = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    predictions.map((p) => p.id),
    ['d1', 'd2', 'd3'],
  );
  assert.equal(predictions[0].cluster, predictions[2].cluster);
  await assert.rejects(evalClusters({ data: path.join(dir, 'missing.jsonl'), progress: () => {} }));
  writeFileSync(path.join(dir, 'bad.jsonl'), '{"id": 1}\n');
  await assert.rejects(evalClusters({ data: path.join(dir, 'bad.jsonl'), progress: () => {} }), /line 1/);
});

test('shuffled orders are fixed permutations: the same for a seed, different across seeds', () => {
  const a = shuffledOrder(50, 1);
  assert.deepEqual(a, shuffledOrder(50, 1));
  assert.deepEqual(
    [...a].sort((x, y) => x - y),
    Array.from({ length: 50 }, (_, i) => i),
  );
  assert.notDeepEqual(a, shuffledOrder(50, 2));
  assert.notDeepEqual(
    a,
    Array.from({ length: 50 }, (_, i) => i),
  );
  assert.deepEqual(shuffledOrder(0, 3), []);
});
