import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolnearArticle } from '../../src/eval/polnear.js';
import { draftsOf, PERTURBATION_KINDS } from '../../src/eval/verify/perturb.js';
import { scoreVerify } from '../../src/eval/verify/score.js';
import { partOf } from '../../src/eval/verify/task.js';
import type { VerifyItem, VerifyReport } from '../../src/model/index.js';

const TEXT =
  'Trump said the deficit grew by 2,500 jobs. “We are going to win big in November,” Clinton told ' +
  'reporters in Ohio. Pence says the plan costs $41.2 billion, up 12 percent since 2015. ' +
  'Sanders said the party would unite after the vote.';

function part(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, s);
  return {
    start,
    end: start + s.length,
    fragments: [[start, start + s.length]] as [number, number][],
    text: s,
  };
}

const ARTICLE: PolnearArticle = {
  id: 'fixture_2016-10-01_test',
  title: null,
  text: TEXT,
  attributions: [
    {
      source: part(TEXT, 'Trump'),
      cue: part(TEXT, 'said'),
      content: part(TEXT, 'the deficit grew by 2,500 jobs'),
      quoted: 'none',
    },
    {
      source: part(TEXT, 'Clinton'),
      cue: part(TEXT, 'told'),
      content: part(TEXT, '“We are going to win big in November,”'),
      quoted: 'full',
    },
    {
      source: part(TEXT, 'Pence'),
      cue: part(TEXT, 'says'),
      content: part(TEXT, 'the plan costs $41.2 billion, up 12 percent since 2015'),
      quoted: 'none',
    },
    {
      source: part(TEXT, 'Sanders'),
      cue: part(TEXT, 'said', TEXT.indexOf('Sanders')),
      content: part(TEXT, 'the party would unite after the vote'),
      quoted: 'none',
    },
  ],
};

describe('perturbation drafts', () => {
  const drafts = draftsOf(ARTICLE);

  it('makes the untouched copy and at least one draft of every kind, deterministically', () => {
    assert.equal(drafts[0].kind, 'none');
    assert.equal(drafts[0].text, TEXT);
    for (const kind of PERTURBATION_KINDS)
      assert.ok(
        drafts.some((d) => d.kind === kind),
        kind,
      );
    assert.deepEqual(draftsOf(ARTICLE), drafts);
    assert.equal(new Set(drafts.map((d) => d.id)).size, drafts.length);
  });

  it('changes exactly one stretch of the article, and the first target slices to the new words', () => {
    for (const d of drafts.slice(1)) {
      let head = 0;
      while (d.text[head] === TEXT[head]) head++;
      let tail = 0;
      while (tail < TEXT.length - head && d.text.at(-1 - tail) === TEXT.at(-1 - tail)) tail++;
      const changed = d.text.slice(d.target[0].start, d.target[0].end);
      assert.ok(d.target[0].start <= head && d.text.length - tail <= d.target[0].end, d.id);
      assert.match(d.change, new RegExp(`→ “${changed.replace(/[$.]/g, '\\$&')}”$`));
      for (const t of d.target) assert.ok(t.start < t.end && t.end <= d.text.length, d.id);
    }
  });

  it('plants the errors the issue lists, and never in a year', () => {
    const changes = drafts.map((d) => `${d.kind} ${d.change}`);
    const digits = changes.filter((c) => c.startsWith('digit'));
    assert.equal(digits.length, 2);
    for (const c of digits)
      assert.ok(['digit “2,500” → “2,600”', 'digit “41.2” → “41.3”', 'digit “12” → “13”'].includes(c), c);
    assert.ok(
      changes.some((c) => c === 'said-denied “said” → “denied”' || c === 'said-denied “says” → “denies”'),
    );
    assert.ok(!changes.some((c) => c.includes('2015')));
    const swap = drafts.find((d) => d.kind === 'speaker-swap');
    assert.ok(swap && /^“Clinton” → “(Trump|Pence|Sanders)”$/.test(swap.change));
    // The quote's words are part of the target: an item on the quote is about the swapped speaker.
    assert.ok(swap.target.some((t) => swap.text.slice(t.start, t.end).includes('win big')));
  });

  it('splits articles into parts by id alone', () => {
    assert.equal(partOf(ARTICLE.id), partOf(ARTICLE.id));
    const parts = Array.from({ length: 400 }, (_, i) => partOf(`article-${i}`));
    const checks = parts.filter((p) => p === 'check').length;
    assert.ok(checks > 60 && checks < 140, `${checks} of 400 in the check part`);
  });
});

describe('perturbation scoring', () => {
  const [untouched, planted] = [draftsOf(ARTICLE)[0], draftsOf(ARTICLE).find((d) => d.kind === 'digit')];
  assert.ok(planted);
  const item = (span: { start: number; end: number }, verdict: VerifyItem['verdict']): VerifyItem => ({
    kind: 'figure',
    text: '',
    span,
    verdict,
    source: null,
    note: '',
  });
  const report = (items: VerifyItem[]): VerifyReport => ({
    items,
    summary: { supported: 0, altered: 0, unsupported: 0, contradicted: 0 },
  });

  it('counts an error caught only by a flagged item on it, and every other flagged item as a false alarm', () => {
    const elsewhere = { start: 0, end: 5 };
    const score = scoreVerify([
      {
        draft: untouched,
        report: report([item(elsewhere, 'supported'), item({ start: 6, end: 10 }, 'altered')]),
      },
      { draft: planted, report: report([item(planted.target[0], 'altered'), item(elsewhere, 'supported')]) },
    ]);
    assert.deepEqual(score.caught.digit, { planted: 1, caught: 1, share: 1 });
    assert.equal(score.untouchedItems, 3);
    assert.equal(score.falseAlarms, 1);
    assert.deepEqual(score.cleanDrafts, { clean: 0, total: 1 });
    const missed = scoreVerify([
      {
        draft: planted,
        report: report([item(planted.target[0], 'supported'), item(elsewhere, 'unsupported')]),
      },
    ]);
    assert.deepEqual(missed.caught.digit, { planted: 1, caught: 0, share: 0 });
    assert.equal(missed.falseAlarms, 1);
  });
});
