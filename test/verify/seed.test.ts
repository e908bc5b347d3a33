import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import { readInputs } from '../../src/ingest/files.js';
import type { Analysis, VerifyItem } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/verify.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

/** The reference article checked with the shipped pipeline against the examples' NYT-like and AP-like sources. */

const root = new URL('../../', import.meta.url);
const SEED = readShared(SEED_PATH);
const SOURCES = ['examples/north-korea/nyt-like-austin.html', 'examples/north-korea/ap-like-spy-chief.html'];

async function analyses(): Promise<Analysis[]> {
  const resources = loadResources();
  const out: Analysis[] = [];
  for await (const item of readInputs(SOURCES.map((p) => new URL(p, root).pathname))) {
    if (!item.ok) throw item.error;
    out.push(analyze(toArticle(item.input), resources));
  }
  return out;
}

function find(items: VerifyItem[], kind: VerifyItem['kind'], start: string): VerifyItem {
  const item = items.find((i) => i.kind === kind && i.text.startsWith(start));
  assert.ok(item, `no ${kind} starting “${start}” in ${items.map((i) => i.text.slice(0, 30)).join(' | ')}`);
  return item;
}

describe(
  'verify the reference article against the NYT-like and AP-like examples',
  needsShared(SEED_PATH),
  async () => {
    const sources = await analyses();
    const report = verifyDraft(SEED, sources, loadResources());
    const texts = new Map(sources.map((s) => [s.article.id, s.article.text]));

    it('marks the sentences of the mangled Zelensky quotes altered and shows the source wording', () => {
      const first = find(report.items, 'quote', 'I wouldn’t say y have');
      assert.equal(first.verdict, 'altered');
      assert.match(first.note, /“say y have” where the source has “say they have”/);
      assert.match(first.source?.text ?? '', /I wouldn’t say they have run out of personnel/);
      const second = find(report.items, 'quote', 'However, reluctance');
      assert.equal(second.verdict, 'altered');
      assert.match(second.note, /“and re are” where the source has “and there are”/);
      assert.equal(find(report.items, 'quote', 'This indicates that consequences').verdict, 'altered');
    });

    it('flags the Cha sentence no source has alone, and supports the rest of his quote', () => {
      const invented = find(report.items, 'quote', 'It will raise stakes');
      assert.equal(invented.verdict, 'unsupported');
      assert.equal(invented.source, null);
      for (const real of ['This is a real ‘no-limits partnership', 'We are in a whole different era']) {
        const item = find(report.items, 'quote', real);
        assert.equal(item.verdict, 'supported', item.note);
      }
    });

    it('supports Austin’s quotes', () => {
      // The quote finder may join “What exactly …?” and “left to be seen” as one quote split by its cue.
      for (const q of ['very serious', 'What exactly are you doing?', 'left to be seen']) {
        const item = report.items.find((i) => i.kind === 'quote' && i.text.includes(q));
        assert.ok(item, `no quote with “${q}”`);
        assert.equal(item.verdict, 'supported', item.note);
      }
    });

    it('labels each figure, and the reference’s four figures are supported by their sources', () => {
      const figures = report.items.filter((i) => i.kind === 'figure');
      for (const f of ['approximately 2,500', 'over 600,000', 'more than a million', 'another 1,500']) {
        assert.equal(find(figures, 'figure', f).verdict, 'supported');
      }
      for (const f of figures) assert.ok(f.note.length > 0);
    });

    it('supports Austin’s confirmation, the Russian denial and the Kremlin’s silence as attributed claims', () => {
      const claims = report.items.filter((i) => i.kind === 'claim');
      for (const start of [
        'U.S. Secretary of Defense Lloyd J. Austin III confirmed',
        'Russian officials have previously denied',
        'The Kremlin has not yet commented',
      ]) {
        const item = claims.find((i) => i.text.startsWith(start));
        assert.ok(item, `no claim “${start}”`);
        assert.equal(item.verdict, 'supported', item.note);
      }
    });

    it('keeps spans on the draft and citations on the sources, and counts the verdicts', () => {
      for (const item of report.items) {
        assert.equal(SEED.slice(item.span.start, item.span.end), item.text);
        if (item.source) {
          const src = texts.get(item.source.articleId);
          assert.equal(src?.slice(item.source.span.start, item.source.span.end), item.source.text);
        }
      }
      const total = Object.values(report.summary).reduce((a, b) => a + b, 0);
      assert.equal(total, report.items.length);
      assert.ok(report.summary.altered >= 1 && report.summary.supported >= 6);
    });
  },
);
