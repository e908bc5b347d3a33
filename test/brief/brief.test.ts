import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordCount } from '../../src/brief/budget.js';
import { briefToHtml } from '../../src/brief/html.js';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import type { Brief } from '../../src/brief/types.js';
import { writeBrief } from '../../src/brief/write.js';
import { InputError } from '../../src/errors.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import type { Analysis } from '../../src/model/index.js';
import { annotate, apLike, fixtureInput, nytLike } from '../fixtures/verify/story.js';
import { assertSourced } from './sourced.js';

const story = { id: 'nk-troops', title: 'North Korean troops in Russia' };

/** The whole brief (a budget that holds every section): these tests check what each section says. */
function briefOf(analyses: Analysis[]): Brief {
  return writeBrief(story, analyses, buildLedger(analyses), { words: 1000 });
}

describe('writeBrief on the reference-like story', () => {
  const analyses = [apLike(), nytLike()];
  const brief = briefOf(analyses);
  const md = briefToMarkdown(brief);

  it('cites only the story’s articles, copies verbatim, and traces every quote and figure to its cited source', () => {
    assertSourced(brief, analyses);
    assert.deepEqual(
      brief.sources.map((s) => s.outlet),
      ['The Metropolitan Times', 'Allied Press'],
    );
  });

  it('leads with the confirmed development, then the latest news', () => {
    const [lead] = brief.sections;
    assert.equal(lead.id, 'lead');
    assert.match(
      lead.paragraphs[0][0].text,
      /^Defense Secretary Lloyd J\. Austin III confirmed on Wednesday/,
    );
    assert.match(lead.paragraphs[0][1].text, /another 1,500 troops/);
  });

  it('presents conflicting figures as a conflict naming both claimants, and the increment as a floor', () => {
    assert.match(
      md,
      /Reports differ on .*over 600,000 according to U\.S\. estimates \[1\] and about 700,000 Russian troops according to Britain’s Ministry of Defence \[1\]\./,
    );
    assert.match(
      md,
      /approximately 2,500 North Korean troops \[1\] and another 1,500 troops \[2\] imply at least 4,000 troops in all/,
    );
  });

  it('quotes speakers verbatim, split quotes whole, with the sentence that names them', () => {
    assert.match(
      md,
      /“This is a real ‘no-limits partnership,’” said Victor Cha, .* give him what he wants\.” \[1\]/,
    );
    assert.deepEqual(
      [...new Set(brief.quotes.map((q) => q.speaker))],
      ['Lloyd J. Austin III', 'Volodymyr Zelensky', 'Victor Cha'],
    );
  });

  it('has the sections of an article and a source list with headline, outlet, date and URL', () => {
    assert.deepEqual(
      brief.sections.map((s) => s.id),
      ['lead', 'figures', 'quotes', 'claims', 'context', 'timeline'],
    );
    assert.match(
      md,
      /^- \[1\] U\.S\. Says North Korean Troops Are in Russia, Calling It ‘Very Serious’, The Metropolitan Times, 2024-10-23, <https:\/\/metropolitan-times\.example\//m,
    );
    assert.match(md, /^- 2024-10-29: Allied Press reports: Lawmakers: .* to Russia \[2\]\.$/m);
  });

  it('is deterministic', () => {
    assert.equal(briefToMarkdown(briefOf([nytLike(), apLike()])), md);
  });
});

describe('briefToHtml', () => {
  it('escapes every text and drops URLs that are not http(s)', () => {
    const hostile = annotate(
      { ...fixtureInput('ap-like.json'), title: '<script>alert(1)</script>', url: 'javascript:alert(1)' },
      {},
    );
    const html = briefToHtml(
      writeBrief({ id: '"x"', title: '<b>T</b> & co' }, [hostile], buildLedger([hostile])),
    );
    assert.ok(!html.includes('<script>') && !html.includes('<b>') && !html.includes('javascript:'));
    assert.match(html, /&lt;b&gt;T&lt;\/b&gt; &amp; co/);
    assert.match(html, /data-story="&quot;x&quot;"/);
    assert.match(html, /<sup class="cite"><a href="#source-1">\[1\]<\/a><\/sup>/);
  });
});

describe('writeBrief bad input', () => {
  it('throws InputError for a story with no articles', () => {
    assert.throws(
      () => writeBrief(story, [], { articleIds: [], figures: [], claims: [], quotes: [] }),
      InputError,
    );
  });

  it('writes a one-article story without findings with notes instead of empty sections', () => {
    const bare = annotate(fixtureInput('ap-like.json'), {});
    const brief = briefOf([bare]);
    assertSourced(brief, [bare]);
    assert.deepEqual(brief.notes, [
      'Only one article covers this story: nothing could be cross-checked.',
      'The sources give no figures.',
      'The sources quote no one.',
    ]);
    assert.equal(brief.sections[0].id, 'lead');
  });

  it('copes with an article that has no body text', () => {
    const empty = annotate({ text: 'Just a headline' }, {});
    const brief = briefOf([empty]);
    assert.ok(brief.notes.includes('The sources have no body sentences to report.'));
    assert.match(briefToMarkdown(brief), /## Sources\n\n- \[1\] Just a headline\n$/);
  });
});

describe('the word budget', () => {
  const analyses = [apLike(), nytLike()];
  const ledger = buildLedger(analyses);
  const words = (b: Brief) =>
    b.sections.flatMap((s) => s.paragraphs.flat()).reduce((n, s) => n + wordCount(s.text), 0);
  const full = writeBrief(story, analyses, ledger, { words: 10_000 });
  const standard = writeBrief(story, analyses, ledger);
  const short = writeBrief(story, analyses, ledger, { words: 80 });

  it('keeps the default brief near 250 words and a --words 80 one near 80, lead first', () => {
    assert.ok(words(full) > 300, `the full brief has ${words(full)} words`);
    assert.ok(words(standard) <= 250 && words(standard) > 150, `${words(standard)} words`);
    assert.ok(words(short) <= 80, `${words(short)} words`);
    assert.equal(short.sections[0].paragraphs[0][0].text, full.sections[0].paragraphs[0][0].text);
  });

  it('gives every section its first sentence before any section its later ones', () => {
    const ids = (b: Brief) => b.sections.map((s) => s.id);
    for (const id of ['lead', 'figures', 'quotes'] as const) assert.ok(ids(standard).includes(id), id);
    // What a shorter brief shows is what it can show of the longer one, and its lists follow.
    assertSourced(short, analyses);
    assert.ok(short.quotes.length < full.quotes.length);
  });
});
