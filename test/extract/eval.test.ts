import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { evalExtract } from '../../src/eval/extract.js';

let dir: string;
const BODY =
  'The bridge reopened on Monday after two years of repairs, the city said in a statement on its website.';
const page = (body: string) =>
  `<html><body><nav>Home News Sport</nav><article>${`<p>${body}</p>`.repeat(6)}</article></body></html>`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-aeb-'));
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'aaa.html.gz'), gzipSync(page(BODY)));
  writeFileSync(join(dir, 'html', 'bbb.html.gz'), gzipSync(page(BODY)));
  writeFileSync(
    join(dir, 'ground-truth.json'),
    JSON.stringify({
      aaa: { articleBody: Array(6).fill(BODY).join('\n\n'), url: 'https://x.test/a' },
      bbb: {
        articleBody: 'Something else entirely that the page never says at all.',
        url: 'https://x.test/b',
      },
      ccc: { articleBody: 'A page whose HTML is missing scores zero.', url: 'https://x.test/c' },
    }),
  );
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('evalExtract', () => {
  it('scores a benchmark folder and writes {id: {articleBody}} predictions', async () => {
    const predictions = join(dir, 'pred.json');
    const calls: number[] = [];
    const report = await evalExtract({ data: dir, predictions, progress: (done) => calls.push(done) });
    assert.equal(report.task, 'extract');
    // aaa is exact (P = R = 1); bbb shares no shingle (P = R = 0); ccc has no prediction: left out of
    // precision, recall 0. So precision = mean(1, 0) and recall = mean(1, 0, 0).
    assert.deepEqual(report.metrics, {
      f1: (2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3),
      precision: 0.5,
      recall: 1 / 3,
      accuracy: 1 / 3,
      pages: 3,
    });
    const written = JSON.parse(readFileSync(predictions, 'utf8'));
    assert.deepEqual(Object.keys(written), ['aaa', 'bbb', 'ccc']);
    assert.equal(written.aaa.articleBody, Array(6).fill(BODY).join('\n\n'));
    assert.equal(written.ccc.articleBody, '');
    assert.deepEqual(calls, [1, 2, 3]);
  });

  it('says what to pass when the folder is not a benchmark', async () => {
    await assert.rejects(
      evalExtract({ data: join(dir, 'html'), progress: () => {} }),
      /cannot read the ground truth/,
    );
  });
});
