import assert from 'node:assert/strict';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import type { Brief } from '../../src/brief/types.js';
import type { Analysis } from '../../src/model/index.js';

/** Checks that hold for every brief: citations, verbatim copies, figures and quotes traced to their sources. */
export function assertSourced(brief: Brief, analyses: Analysis[]): void {
  const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
  assert.deepEqual(new Set(brief.sources.map((s) => s.articleId)), new Set(texts.keys()));
  const idOf = (n: number) => brief.sources[n - 1].articleId;
  for (const section of brief.sections) {
    for (const s of section.paragraphs.flat()) {
      assert.ok(s.citations.length > 0, `uncited: ${s.text}`);
      for (const n of s.citations) assert.ok(n >= 1 && n <= brief.sources.length, `no source [${n}]`);
      for (const m of s.text.matchAll(/\[(\d+)\]/g)) assert.ok(s.citations.includes(Number(m[1])));
      if (s.kind === 'extract') {
        assert.ok(s.source);
        assert.equal(texts.get(s.source.articleId)?.slice(s.source.span.start, s.source.span.end), s.text);
        assert.ok(
          s.citations.includes(brief.sources.find((x) => x.articleId === s.source?.articleId)?.n ?? -1),
        );
      }
    }
  }
  const md = briefToMarkdown(brief);
  for (const q of brief.quotes) {
    assert.equal(idOf(q.n), q.citation.articleId);
    assert.equal(texts.get(q.citation.articleId)?.slice(q.citation.span.start, q.citation.span.end), q.text);
    assert.ok(md.includes(q.text), `quote not shown verbatim: ${q.text}`);
  }
  for (const f of brief.figures) {
    if (f.derived) {
      assert.ok(f.citations.length >= 1 && f.text.startsWith('at least '), JSON.stringify(f));
      continue;
    }
    assert.ok(f.source);
    assert.equal(texts.get(f.source.articleId)?.slice(f.source.span.start, f.source.span.end), f.text);
    assert.deepEqual(f.citations.map(idOf), [f.source.articleId]);
    const figure = analyses.flatMap((a) => a.figures).find((x) => x.text === f.text);
    assert.equal(figure?.value, f.value);
    assert.ok(md.includes(f.text));
  }
}
