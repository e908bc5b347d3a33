import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import type { Analysis } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { createLinker, type EntityRef, nameKey } from '../../src/registry/index.js';
import { loadPlaces, loadResources } from '../../src/resources.js';
import { type CaseRef, HARD_CASES } from './hard-cases.js';

const resources = loadResources();
const places = loadPlaces();

/** The article entity written `name` (as its name or an alias), with the article's entity list for the message. */
function refOf(ref: CaseRef, analyses: Analysis[]): EntityRef {
  if (ref.article === undefined) return { name: ref.name };
  const analysis = analyses[ref.article];
  const key = nameKey(ref.name);
  const entity =
    analysis.entities.find((e) => e.name === ref.name) ??
    analysis.entities.find((e) => nameKey(e.name) === key) ??
    analysis.entities.find((e) => e.aliases.includes(ref.name)) ??
    analysis.entities.find((e) =>
      e.mentions.some((m) => analysis.article.text.slice(m.start, m.end) === ref.name),
    );
  const found = analysis.entities.map((e) => `${e.name} (${e.type})`).join(', ');
  assert.ok(entity, `no entity “${ref.name}” in article ${ref.article}; found: ${found}`);
  return { articleId: analysis.article.id, entityId: entity.id, name: ref.name };
}

describe('registry hard cases', () => {
  assert.ok(HARD_CASES.length >= 40, 'at least 40 pairs');
  for (const c of HARD_CASES) {
    it(`${c.same ? 'merges' : 'keeps apart'}: ${c.name}`, () => {
      const linker = createLinker({ places });
      const analyses = c.articles.map((a, i) => {
        const analysis = analyze(toArticle({ url: `https://news.example/${i}`, text: a.text }), resources);
        linker.add(analysis, { storyId: a.story ?? 's1' });
        return analysis;
      });
      const a = refOf(c.a, analyses);
      const b = refOf(c.b, analyses);
      const ids = (r: EntityRef) =>
        r.articleId
          ? linker.registryIdOf(r.articleId, r.entityId!)
          : linker.lookup(r.name!, { storyId: 's1' });
      assert.equal(
        linker.sameEntity(a, b, { storyId: 's1' }),
        c.same,
        `${c.a.name} → ${ids(a)}, ${c.b.name} → ${ids(b)}`,
      );
    });
  }
});
