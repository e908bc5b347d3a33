import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { briefToHtml } from '../../src/brief/html.js';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import type { Brief } from '../../src/brief/types.js';
import { writeBrief } from '../../src/brief/write.js';
import { readPolnear } from '../../src/eval/polnear.js';
import { toArticle } from '../../src/ingest/article.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import type { Analysis } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/verify.js';
import { needsShared, SHARED } from '../shared.js';
import { assertSourced } from './sourced.js';

/** Real news: PolNeAR dev articles, two by two as stories, briefed with and without the verify gate. */
const DEV = resolve(SHARED, 'data', 'quotes', 'polnear', 'dev.jsonl');
const STORIES = 8;

function stories(): Analysis[][] {
  const resources = loadResources();
  const articles = readPolnear(DEV).slice(0, STORIES * 2);
  const analyses = articles.map((a) =>
    analyze(toArticle({ title: a.title, text: a.text, published: a.published, outlet: a.outlet }), resources),
  );
  return Array.from({ length: STORIES }, (_, i) => analyses.slice(2 * i, 2 * i + 2));
}

const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('briefs of real news (PolNeAR dev)', needsShared(DEV), () => {
  const resources = loadResources();
  const all = needsShared(DEV).skip ? [] : stories();
  const briefs = all.map((analyses, i) => {
    const ledger = buildLedger(analyses);
    const story = { id: `s${i}`, title: analyses[0].article.title };
    const check = (md: string) => verifyDraft(md, analyses, resources);
    return {
      analyses,
      plain: writeBrief(story, analyses, ledger),
      gated: writeBrief(story, analyses, ledger, { check }),
      check,
    };
  });
  const copied = (b: Brief) =>
    b.sections.flatMap((s) =>
      s.paragraphs
        .flat()
        .filter((x) => x.kind === 'extract')
        .map((x) => ({ s, x })),
    );

  it('never leads with, or copies, a headline the text repeats', () => {
    for (const { plain, analyses } of briefs) {
      const titles = new Set(analyses.map((a) => bare(a.article.title)));
      for (const { x } of copied(plain)) assert.ok(!titles.has(bare(x.text)), `headline copied: ${x.text}`);
      assert.equal(plain.sections[0].id, 'lead');
    }
  });

  it('copies no sentence that opens on a pronoun, and writes no empty “X reports.” line', () => {
    for (const { plain } of briefs) {
      for (const { s, x } of copied(plain)) {
        if (s.id === 'quotes') continue;
        assert.doesNotMatch(x.text, /^(?:He|She|They|It|This|That)\b/, x.text);
      }
      assert.ok(!briefToMarkdown(plain).match(/: [\w-]+ reports \[\d+\]/), briefToMarkdown(plain));
    }
  });

  it('gated by verify: every item of the Markdown and HTML brief is supported, and it stays sourced', () => {
    for (const { gated, analyses, check } of briefs) {
      assertSourced(gated, analyses);
      for (const draft of [briefToMarkdown(gated), briefToHtml(gated)]) {
        const bad = check(draft).items.filter((i) => i.verdict !== 'supported');
        assert.deepEqual(
          bad.map((i) => `${i.verdict} ${i.kind} “${i.text}”: ${i.note}`),
          [],
        );
      }
      assert.ok(
        gated.sections.some((s) => s.id === 'lead'),
        'the gate left no lead',
      );
    }
  });
});
