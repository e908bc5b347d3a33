import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefToHtml } from '../../src/brief/html.js';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import { writeBrief } from '../../src/brief/write.js';
import { toArticle } from '../../src/ingest/article.js';
import { readInputs } from '../../src/ingest/files.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import type { Analysis } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/verify.js';
import { assertSourced } from './sourced.js';

/** Briefs of the examples' stories, written from the shipped pipeline's output. */

const root = new URL('../../examples/', import.meta.url);
const resources = loadResources();

async function story(folder: string): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const item of readInputs([new URL(folder, root).pathname])) {
    if (!item.ok) throw item.error;
    out.push(analyze(toArticle(item.input), resources));
  }
  return out;
}

for (const folder of ['north-korea', 'port-strike', 'wildfire']) {
  describe(`the brief of examples/${folder}`, async () => {
    const analyses = await story(folder);
    const ledger = buildLedger(analyses);
    const brief = writeBrief({ id: folder, title: folder }, analyses, ledger);
    const md = briefToMarkdown(brief);

    it('cites only the story’s articles; every quote is verbatim and every figure matches its cited source', () => {
      assertSourced(brief, analyses);
      assert.ok(brief.quotes.length > 0 && brief.figures.length > 0);
    });

    it('presents each conflict it shows as a conflict naming the claimants with their citations', () => {
      const conflicts = brief.sections
        .flatMap((s) => s.paragraphs.flat())
        .filter((s) => s.text.startsWith('Reports differ on'));
      assert.ok(conflicts.length > 0, 'no conflict shown');
      for (const s of conflicts) {
        const parts = [...s.text.matchAll(/according to (.+?) \[(\d+)\]/g)];
        assert.ok(parts.length >= 2, s.text);
        assert.ok(new Set(parts.map((p) => p[1])).size >= 2, `one claimant only: ${s.text}`);
      }
    });

    it('passes its own verify, as Markdown and as HTML: every quote it shows is supported by the sources', () => {
      // The HTML rendering is checked on one story only, to keep the file fast.
      for (const draft of folder === 'north-korea' ? [md, briefToHtml(brief)] : [md]) {
        const quotes = verifyDraft(draft, analyses, resources).items.filter((i) => i.kind === 'quote');
        assert.ok(quotes.length > 0);
        for (const q of quotes) {
          assert.equal(q.verdict, 'supported', `${q.text}: ${q.note}`);
          assert.equal(draft.slice(q.span.start, q.span.end).length, q.text.length);
        }
      }
    });
  });
}

describe('the revision in examples/revisions', async () => {
  const [before] = (await story('north-korea')).filter((a) => a.article.outlet === 'The Pacific Ledger');
  const [after] = await story('revisions');

  it('labels the changed figure revised with the old and new numbers', () => {
    assert.equal(before.article.id, after.article.id);
    const ledger = buildLedger([after], { revisions: [{ before, after }] });
    const revised = ledger.figures.find((g) => g.label === 'revised');
    assert.ok(revised, ledger.figures.map((g) => `${g.label}:${g.figures.map((f) => f.text)}`).join(' | '));
    assert.deepEqual(
      [revised.revisions[0].from.text, revised.revisions[0].to.text],
      ['approximately 2,500', 'approximately 3,000'],
    );
  });
});
