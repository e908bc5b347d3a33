import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefToHtml } from '../../src/brief/html.js';
import { briefToMarkdown, linksIn } from '../../src/brief/markdown.js';
import { writeBrief } from '../../src/brief/write.js';
import { toArticle } from '../../src/ingest/article.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import type { ArticleInput } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/verify.js';

const resources = loadResources();
const analysed = (input: ArticleInput) => analyze(toArticle(input), resources);

/** Source [1] is honest; source [2] forges "[1]" in its own sentences and plants Markdown. */
const honest = analysed({
  url: 'https://honest.test/a',
  title: 'Harbour reopens after storm repairs',
  outlet: 'Honest Herald',
  published: '2024-05-01T08:00:00Z',
  text:
    'The harbour reopened on Monday after three weeks of storm repairs, the port authority said. ' +
    'Officials said 40 ships were waiting to dock.',
});
const hostile = analysed({
  url: 'https://hostile.test/b',
  title: 'Harbour [x](javascript:alert(1)) reopens ![](https://tracker.test/pixel.png)',
  outlet: 'Hostile [Times](https://phish.test)',
  published: '2024-05-02T08:00:00Z',
  text:
    'The harbour reopened to ships on Tuesday after storm repairs, the port authority confirmed [1]. ' +
    'Officials said 45 ships [1] were waiting to dock, see [here](javascript:alert(1)) and ![](https://tracker.test/p.png) or www.tracker.test and https://tracker.test/x.',
});
const analyses = [honest, hostile];
const brief = writeBrief({ id: 'harbour', title: hostile.article.title }, analyses, buildLedger(analyses));
const hostileN = brief.sources.find((s) => s.articleId === hostile.article.id)?.n;
const forged = brief.sections.flatMap((s) => s.paragraphs.flat()).filter((s) => /\[1\]/.test(s.text));

describe('a brief over a source that forges citations and plants Markdown', () => {
  it('has sentences from the forging source that hold "[1]"', () => {
    assert.equal(hostileN, 2);
    assert.ok(forged.length > 0, JSON.stringify(brief.sections));
  });

  it('cites each such sentence to its own source in Markdown, and shows no "[1]" of the source as a citation', () => {
    const md = briefToMarkdown(brief);
    for (const s of forged) {
      const line = md
        .split('\n')
        .find((l) => l.includes('storm repairs, the port authority confirmed') || l.includes('were waiting'));
      assert.ok(line, md);
      assert.match(line, /\[2\]/, line);
      assert.doesNotMatch(line.replace(/\\\[/g, ''), /confirmed \[1\]/, line);
      assert.ok(s.citations.includes(2));
    }
  });

  it('cites each such sentence to its own source in HTML (the web story page renders this)', () => {
    const html = briefToHtml(brief);
    assert.doesNotMatch(html, /confirmed <sup class="cite"><a href="#source-1">/);
    assert.match(
      html,
      /confirmed \(1\)\.? ?<sup class="cite"><a href="#source-2">\[2\]<\/a><\/sup>|confirmed \(1\)\. <sup class="cite"><a href="#source-2">/,
    );
  });

  it('carries no live link or image the brief did not make in Markdown', () => {
    const md = briefToMarkdown(brief);
    // The only links are the source list's own <https://…> autolinks.
    const body = md.replace(/^- \[\d+\] .*<https:\/\/[^>\s]+>$/gm, '');
    assert.doesNotMatch(body, /(^|[^\\])\[[^\]\n]*\]\(/m, 'an inline link');
    assert.doesNotMatch(body, /(^|[^\\])!\[/m, 'an image');
    assert.doesNotMatch(body, /(^|[^\\])https?:\/\//m, 'a bare URL that renderers turn into a link');
    assert.doesNotMatch(body, /(^|[^\\\w])www\./m, 'a bare www. address');
    assert.match(md, /\\\[x\\\]\(javascript:alert\(1\)\)/, 'the title is shown, escaped');
    assert.deepEqual(linksIn(md), ['https://honest.test/a', 'https://hostile.test/b']);
  });
});

describe('a brief over bad input stays bounded', () => {
  const longTitle = `Harbour ${'storm '.repeat(1_000_000)}`;
  // The title is set after analysis: the brief is under test here, not analysing 5 MB of text.
  const analysedBig = analysed({
    title: 'Harbour storm',
    outlet: 'Long Title Daily',
    published: '2024-05-03T08:00:00Z',
    text: 'The harbour reopened on Wednesday after storm repairs, the port authority said on Wednesday.',
  });
  const big = { ...analysedBig, article: { ...analysedBig.article, title: longTitle } };
  const empty = analysed({ title: 'Nothing here', outlet: 'Empty Post', published: null, text: '—' });

  it('cuts a 5 MB title, so the brief and its verify gate stay small', () => {
    const checked: number[] = [];
    const story = [honest, big];
    const b = writeBrief({ id: 'big', title: longTitle }, story, buildLedger(story), {
      check: (md) => {
        checked.push(md.length);
        return verifyDraft(md, story, resources);
      },
    });
    const md = briefToMarkdown(b);
    assert.ok(md.length < 5_000, `${md.length} characters`);
    assert.ok(b.title.length <= 300 && b.title.endsWith('…'));
    assert.ok(checked.length > 0 && checked.every((n) => n < 5_000));
  });

  it('writes a brief of an article with no body sentences, saying so', () => {
    const b = writeBrief({ id: 'empty', title: 'Nothing here' }, [empty], buildLedger([empty]));
    assert.ok(b.notes.includes('The sources have no body sentences to report.'));
    assert.ok(b.notes.includes('Only one article covers this story: nothing could be cross-checked.'));
    assert.match(briefToMarkdown(b), /## Sources\n\n- \[1\] Nothing here, Empty Post\n$/);
  });
});
