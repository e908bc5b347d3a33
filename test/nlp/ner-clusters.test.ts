import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learnClusters } from '../../scripts/ner/clusters.js';
import { externalNames } from '../../scripts/ner/external-names.js';
import { trainNer } from '../../scripts/ner/train.js';
import { clusterOf } from '../../src/nlp/ner/clusters.js';
import { decodeNerWeights, encodeNerWeights } from '../../src/nlp/ner/codec.js';
import type { ConllDoc } from '../../src/nlp/ner/conll.js';
import { tagDocument } from '../../src/nlp/ner/tagger.js';

/** Sentences where people speak and places are travelled to: two kinds of company. */
function corpus(): string[][] {
  const people = ['Smith', 'Jones', 'Khan', 'Lee', 'Stone', 'Green'];
  const places = ['Paris', 'Berlin', 'Cairo', 'Lima', 'Oslo', 'Rome'];
  const out: string[][] = [];
  for (let round = 0; round < 4; round++) {
    people.forEach((p, i) => {
      out.push([
        'Mr.',
        p,
        'said',
        'on',
        'Monday',
        'that',
        'he',
        'would',
        'fly',
        'to',
        places[(i + round) % 6],
        '.',
      ]);
      out.push([
        'the',
        'talks',
        'in',
        places[(i + 2 * round) % 6],
        'ended',
        ',',
        'Mr.',
        p,
        'told',
        'reporters',
        '.',
      ]);
    });
  }
  return out;
}

describe('word clusters', () => {
  const options = { fine: 4, coarse: 2, contextWords: 20 };

  it('puts words that keep the same company together, people apart from places', () => {
    const clusters = learnClusters(corpus(), options);
    const fine = (w: string) => clusterOf(clusters, w) & 0xff;
    assert.equal(fine('Smith'), fine('Khan'));
    assert.equal(fine('Paris'), fine('Oslo'));
    assert.notEqual(fine('Smith'), fine('Paris'));
    assert.ok(clusterOf(clusters, 'Smith') >> 8 < 2, 'a coarse cluster below the coarse count');
  });

  it('is deterministic', () => {
    assert.deepEqual([...learnClusters(corpus(), options)], [...learnClusters(corpus(), options)]);
  });

  it('finds ALL CAPS and sentence-start forms, folds digits, and knows no unseen word', () => {
    const clusters = new Map([
      ['Paris', 3],
      ['talks', 5],
      ['0000', 7],
    ]);
    assert.equal(clusterOf(clusters, 'PARIS'), 3);
    assert.equal(clusterOf(clusters, 'Talks'), 5);
    assert.equal(clusterOf(clusters, '1996'), 7);
    assert.equal(clusterOf(clusters, 'Zanzibar'), -1);
    assert.equal(clusterOf(new Map(), 'Paris'), -1);
  });

  it('are kept by the model file and used by the tagger', () => {
    const sentences = corpus();
    const docs: ConllDoc[] = sentences.map((words) => ({
      sentences: [
        {
          words,
          tags: words.map((w, t) =>
            t > 0 && words[t - 1] === 'Mr.'
              ? 'B-PER'
              : /^[A-Z][a-z]+$/.test(w) && w !== 'Monday'
                ? 'B-LOC'
                : 'O',
          ),
          lines: [],
        },
      ],
    }));
    const clusters = learnClusters(sentences, options);
    const { weights } = trainNer(docs, docs, { buckets: 1 << 12, maxEpochs: 3, folds: 2, clusters });
    const decoded = decodeNerWeights(encodeNerWeights(weights), 'test');
    assert.deepEqual(decoded.clusters, clusters);
    const words = ['Mr.', 'Lee', 'said', 'on', 'Monday', 'that', 'he', 'would', 'fly', 'to', 'Lima', '.'];
    assert.deepEqual(tagDocument(decoded, [words]), tagDocument(weights, [words]));
  });
});

describe('external names', () => {
  const names = externalNames();
  const typesOf = (name: string) =>
    names.filter((n) => n.words.join(' ').toLowerCase() === name).map((n) => n.type);

  it('types places, organisations, demonyms and first names from the packages', () => {
    assert.deepEqual(typesOf('north korea'), ['LOC']);
    assert.ok(typesOf('german').includes('MISC'));
    assert.ok(typesOf('united nations').includes('ORG'));
    assert.ok(typesOf('margaret').includes('PER'));
  });

  it('leaves out first names that another list types otherwise', () => {
    assert.ok(!typesOf('russia').includes('PER'));
    assert.ok(!typesOf('korea').includes('PER'));
  });
});
