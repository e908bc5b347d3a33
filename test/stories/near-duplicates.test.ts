import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createDuplicateIndex, minhash, similarity } from '../../src/stories/near-duplicates.js';
import { needsShared } from '../shared.js';
import { ecbPath, editWords, readEcb, repoRoot, rng, withoutReprints } from './synthetic.js';

/** The sample corpus' plain texts (text files and JSON articles). */
function exampleTexts(): { id: string; text: string }[] {
  const root = path.join(repoRoot, 'examples');
  const out: { id: string; text: string }[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(path.join(root, dir.name))) {
      const file = path.join(root, dir.name, name);
      if (name.endsWith('.txt')) out.push({ id: `${dir.name}/${name}`, text: readFileSync(file, 'utf8') });
      if (name.endsWith('.json')) {
        const json = JSON.parse(readFileSync(file, 'utf8')) as { text?: unknown };
        if (typeof json.text === 'string') out.push({ id: `${dir.name}/${name}`, text: json.text });
      }
    }
  }
  return out;
}

test(
  'copies with 0–20 % of words edited are found (recall ≥ 0.95) and same-topic reports are not (precision ≥ 0.99)',
  needsShared(ecbPath('dev')),
  () => {
    // Base texts that reprint no other, so every pair of them is a true non-copy of the same topic.
    const base = withoutReprints([...readEcb('dev'), ...exampleTexts()]);
    assert.ok(base.length > 150);
    const random = rng(20261125);
    const vocabulary = base.flatMap((d) => d.text.split(/\s+/)).filter((_, i) => i % 5 === 0);
    // Half the texts are indexed as originals; each gets an edited copy, the other half are the non-copies.
    const index = createDuplicateIndex();
    const originals = base.filter((_, i) => i % 2 === 0);
    const others = base.filter((_, i) => i % 2 === 1);
    for (const d of originals) index.add(d.id, minhash(d.text));
    let truePositives = 0;
    let falsePositives = 0;
    for (const d of originals) {
      const copy = editWords(d.text, random() * 0.2, vocabulary, random);
      const match = index.findOriginal(minhash(copy));
      if (match?.originalId === d.id) truePositives++;
      else if (match) falsePositives++;
    }
    for (const d of others) if (index.findOriginal(minhash(d.text))) falsePositives++;
    const recall = truePositives / originals.length;
    const precision = truePositives / (truePositives + falsePositives);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(precision >= 0.99, `precision ${precision}`);
  },
);

test('a copy of a copy links to the first original', needsShared(ecbPath('dev')), () => {
  const text = readEcb('dev')[0].text;
  const index = createDuplicateIndex();
  index.add('a', minhash(text));
  const copy = `${text} Reporting by a wire service.`;
  const first = index.findOriginal(minhash(copy));
  assert.deepEqual(first && { originalId: first.originalId, matchedId: first.matchedId }, {
    originalId: 'a',
    matchedId: 'a',
  });
  index.add('b', minhash(copy), first?.originalId);
  const again = index.findOriginal(minhash(`${copy} Edited.`));
  assert.equal(again?.originalId, 'a');
});

test('empty, tiny and hostile texts are never copies and do not crash', () => {
  const index = createDuplicateIndex();
  for (const [id, text] of [
    ['empty', ''],
    ['tiny', 'Breaking news.'],
    ['punct', '!!! ??? ... — “ ”'],
    ['repeat', 'word '.repeat(50_000)],
  ]) {
    const signature = minhash(text);
    index.add(id, signature);
    // Fewer distinct shingles than `minShingles` (the repeated word has one): too little to call a copy.
    assert.equal(index.findOriginal(signature), null);
  }
  assert.equal(similarity([], []), 0);
  assert.deepEqual(
    minhash('same text here for the signature test'),
    minhash('Same text, here for the signature test!'),
  );
});

test(
  'the index keeps only its capacity: older articles are forgotten, newer ones still found',
  needsShared(ecbPath('dev')),
  () => {
    const texts = readEcb('dev')
      .slice(0, 6)
      .map((d) => d.text);
    const index = createDuplicateIndex({ capacity: 3 });
    for (const [i, text] of texts.entries()) index.add(`d${i}`, minhash(text));
    assert.equal(index.findOriginal(minhash(texts[0])), null);
    assert.equal(index.findOriginal(minhash(texts[5]))?.originalId, 'd5');
    assert.equal(index.findOriginal(minhash(texts[3]))?.originalId, 'd3');
  },
);
