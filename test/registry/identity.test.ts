import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import { quotesBySpeaker } from '../../src/ledger/quotes.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { createLinker, registryIdentity } from '../../src/registry/index.js';
import { loadPlaces, loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/index.js';

const resources = loadResources();
const places = loadPlaces();
const read = (i: number, text: string) =>
  analyze(toArticle({ url: `https://news.example/${i}`, title: text.split('\n')[0], text }), resources);

describe('registryIdentity', () => {
  it('lets verify see “U.S.” and “The United States” as one claimant (the issue’s altered figure)', () => {
    const source = read(
      1,
      'Troops in Russia\n\nThe United States said on Wednesday that approximately 2,500 North Korean troops had been sent to Russia.',
    );
    const draft =
      'U.S. says approximately 2,500 North Korean troops were sent to Russia, U.S. officials said.';
    const byName = verifyDraft(draft, [source], resources);
    assert.ok(
      byName.items.some((i) => i.verdict === 'altered' && /not U\.S\./.test(i.note)),
      'names alone call the figure altered',
    );
    const linker = createLinker({ places });
    linker.add(source, { storyId: 's1' });
    const linked = verifyDraft(draft, [source], resources, {
      identify: () => registryIdentity(linker, { storyId: 's1' }),
    });
    assert.deepEqual(
      linked.items.map((i) => [i.kind, i.verdict]),
      [
        ['claim', 'supported'],
        ['claim', 'supported'],
        ['figure', 'supported'],
      ],
    );
  });

  it('keeps a father’s quotes apart from his son’s of the same name', () => {
    const a = read(
      1,
      'Rally in Ohio\n\n“We will win,” Donald Trump Jr. said on Saturday. His father, Donald Trump, spoke later. “This is the greatest rally,” Donald Trump said.',
    );
    const linker = createLinker({ places });
    linker.add(a, { storyId: 's1' });
    const speakers = Object.fromEntries(
      quotesBySpeaker([a], registryIdentity(linker, { storyId: 's1' })).map((s) => [
        s.speaker,
        s.quotes.map((q) => q.text.replace(/[,.]$/, '')),
      ]),
    );
    assert.deepEqual(speakers['Donald Trump'], ['This is the greatest rally']);
    assert.deepEqual(speakers['Donald Trump Jr.'], ['We will win']);
  });
});
