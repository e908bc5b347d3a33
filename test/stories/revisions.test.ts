import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { diffRevision } from '../../src/stories/revisions.js';
import { analysisOf } from './fixtures.js';
import { repoRoot } from './synthetic.js';

const BEFORE =
  'Officials said approximately 2,500 North Korean troops are in Russia. “It is very serious,” Austin said. Russia denied the reports.';
const AFTER =
  'Officials said approximately 3,000 North Korean troops are in Russia. “It is very, very serious,” Austin said. Putin declined to comment.';

test('a changed figure, a reworded quote and a replaced claim are altered, altered, removed + added', () => {
  const before = analysisOf('a', BEFORE, {
    figures: [
      {
        text: '2,500',
        value: 2500,
        unit: 'troops',
        subject: 'North Korean troops',
        qualifier: 'approx',
        claimant: 'Officials',
      },
    ],
    quotes: [
      { text: 'It is very serious', speaker: { name: 'Austin', entityId: null, span: { start: 0, end: 0 } } },
    ],
    claims: [{ text: 'Russia denied the reports.', stance: 'denies', claimant: 'Russia' }],
  });
  const after = analysisOf('a', AFTER, {
    figures: [
      {
        text: '3,000',
        value: 3000,
        unit: 'troops',
        subject: 'North Korean troops',
        qualifier: 'approx',
        claimant: 'Officials',
      },
    ],
    quotes: [
      {
        text: 'It is very, very serious',
        speaker: { name: 'Austin', entityId: null, span: { start: 0, end: 0 } },
      },
    ],
    claims: [{ text: 'Putin declined to comment.', stance: 'declines', claimant: 'Putin' }],
  });
  const diff = diffRevision(before, after);
  assert.equal(diff.unchanged, false);
  assert.deepEqual(
    diff.figures.map((c) => [c.change, c.before?.value, c.after?.value, c.note]),
    [['altered', 2500, 3000, 'value 2500 → 3000']],
  );
  assert.deepEqual(
    diff.quotes.map((c) => [c.change, c.note]),
    [['altered', 'words “It is very serious” → “It is very, very serious”']],
  );
  assert.deepEqual(
    diff.claims.map((c) => [c.change, c.before?.text ?? c.after?.text]),
    [
      ['removed', 'Russia denied the reports.'],
      ['added', 'Putin declined to comment.'],
    ],
  );
});

test('the same findings at other offsets are unchanged; a stance flip is altered', () => {
  const before = analysisOf('a', BEFORE, {
    claims: [{ text: 'Russia denied the reports.', stance: 'denies', claimant: 'Russia' }],
  });
  const moved = analysisOf('a', `Update: ${BEFORE}`, {
    claims: [{ text: 'Russia denied the reports.', stance: 'denies', claimant: 'Russia' }],
  });
  assert.equal(diffRevision(before, moved).unchanged, true);
  const flipped = analysisOf('a', BEFORE, {
    claims: [{ text: 'Russia denied the reports.', stance: 'confirms', claimant: 'Russia' }],
  });
  assert.deepEqual(
    diffRevision(before, flipped).claims.map((c) => [c.change, c.note]),
    [['altered', 'stance “denies” → “confirms”']],
  );
});

test('thousands of findings on each side finish without pairing blow-up', () => {
  const text = 'x '.repeat(10);
  const many = (offset: number) =>
    analysisOf('a', text, {
      figures: Array.from({ length: 3000 }, (_, i) => ({ value: i + offset, unit: 'troops' })),
    });
  const diff = diffRevision(many(0), many(1500));
  assert.equal(diff.figures.filter((c) => c.change === 'altered').length, 0);
  assert.equal(diff.figures.filter((c) => c.change === 'removed').length, 1500);
});

test('the example revision (2,500 → 3,000 troops) shows up through the real pipeline', () => {
  const read = (p: string) => JSON.parse(readFileSync(path.join(repoRoot, 'examples', p), 'utf8'));
  const resources = loadResources();
  const before = analyze(toArticle(read('north-korea/pacific-ledger-pentagon.json')), resources);
  const after = analyze(toArticle(read('revisions/pacific-ledger-pentagon-updated.json')), resources);
  const diff = diffRevision(before, after);
  assert.equal(diff.unchanged, false);
  const values = diff.figures.flatMap((c) => [c.before?.value, c.after?.value]);
  assert.ok(values.includes(3000), JSON.stringify(diff.figures.map((c) => [c.change, c.note])));
});
