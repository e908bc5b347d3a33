import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import type { Analysis } from '../../src/model/index.js';
import { annotate, apLike, fixtureInput, nytLike } from '../fixtures/verify/story.js';

describe('buildLedger on the reference-like story', () => {
  const ledger = buildLedger([nytLike(), apLike()]);

  it('groups and labels the figures: a conflict, an increment with its floor, a single-source figure', () => {
    assert.deepEqual(
      ledger.figures.map((g) => [g.label, g.figures.map((f) => f.text)]),
      [
        ['increment', ['approximately 2,500 North Korean troops', 'another 1,500 troops']],
        ['conflicting', ['over 600,000', 'about 700,000 Russian troops']],
        ['single-source', ['more than a million artillery rounds']],
      ],
    );
    const increment = ledger.figures[0];
    assert.equal(increment.total?.text, 'at least 4,000');
    assert.deepEqual(
      increment.total?.parts.map((f) => f.outlet),
      ['The Metropolitan Times', 'Allied Press'],
    );
    assert.match(
      ledger.figures[1].note,
      /U\.S\. estimates gives over 600,000; Britain’s Ministry of Defence gives about 700,000/,
    );
  });

  it('keeps value, qualifier, claimant, outlet, date and a citation that slices to the figure', () => {
    const texts = new Map([nytLike(), apLike()].map((a) => [a.article.id, a.article.text]));
    const f = ledger.figures[0].figures[1];
    assert.deepEqual(
      {
        value: f.value,
        qualifier: f.qualifier,
        increment: f.increment,
        claimant: f.claimant,
        outlet: f.outlet,
        date: f.date,
      },
      {
        value: 1500,
        qualifier: 'exact',
        increment: true,
        claimant: 'South Korea’s spy chief',
        outlet: 'Allied Press',
        date: '2024-10-29T07:30:00.000Z',
      },
    );
    for (const g of ledger.figures) {
      for (const x of g.figures)
        assert.equal(
          texts.get(x.citation.articleId)?.slice(x.citation.span.start, x.citation.span.end),
          x.text,
        );
    }
  });

  it('builds the claims matrix: who confirms, denies and declines, with dates', () => {
    assert.deepEqual(
      ledger.claims.map((row) => row.entries.map((e) => [e.claimant, e.stance, e.date?.slice(0, 10)])),
      [
        [
          ['Lloyd J. Austin III', 'confirms', '2024-10-23'],
          ['Russian officials', 'denies', '2024-10-23'],
          ['Russian officials', 'denies', '2024-10-29'],
        ],
        [['The Kremlin', 'declines', '2024-10-23']],
        [['The Kremlin', 'declines', '2024-10-29']],
      ],
    );
  });

  it('groups the same quote across outlets under one speaker', () => {
    const zelensky = ledger.quotes.find((s) => s.speaker === 'Volodymyr Zelensky');
    assert.ok(zelensky);
    const [group] = zelensky.quotes;
    assert.deepEqual(
      group.occurrences.map((o) => o.outlet),
      ['The Metropolitan Times', 'Allied Press'],
    );
  });

  it('shows wording differences between outlets quoting the same words', () => {
    const text = 'Zelensky said: “I wouldn’t say they have run short of personnel.”';
    const other = annotate(
      { ...fixtureInput('ap-like.json'), text, url: 'https://x.example/z' },
      {
        quotes: [
          {
            text: 'I wouldn’t say they have run short of personnel.',
            speaker: 'Volodymyr Zelensky',
            mention: 'Zelensky',
          },
        ],
      },
    );
    const l = buildLedger([nytLike(), other]);
    const z = l.quotes.find((s) => s.speaker === 'Volodymyr Zelensky');
    const variant = z?.quotes[0].variants[0];
    assert.deepEqual(variant?.differences, ['“run short of” where the source has “run out of”']);
  });
});

describe('buildLedger labels and bad input', () => {
  const base = fixtureInput('nyt-like.json');
  const story = (
    url: string,
    outlet: string,
    published: string,
    figure: string,
    value: number,
    claimant: string,
  ): Analysis =>
    annotate(
      { ...base, url, outlet, published, text: `Officials said ${figure} were sent.` },
      {
        figures: [{ text: figure, value, unit: 'troops', subject: 'North Korean troops', claimant }],
      },
    );

  it('labels agreeing, revised and single-source groups', () => {
    const a = story('https://a.example/1', 'A', '2024-10-01', '3,000 troops', 3000, 'Seoul');
    const b = story('https://b.example/1', 'B', '2024-10-02', '3,000 troops', 3000, 'Kyiv');
    assert.equal(buildLedger([a, b]).figures[0].label, 'agreeing');
    assert.equal(buildLedger([a]).figures[0].label, 'single-source');
    const later = story('https://a.example/2', 'A', '2024-10-05', '3,500 troops', 3500, 'Seoul');
    // The same claimant with a new number later revised it; another claimant with another number conflicts.
    const updated = buildLedger([a, later]).figures[0];
    assert.equal(updated.label, 'revised');
    assert.deepEqual(
      updated.revisions.map((r) => [r.claimant, r.from.text, r.to.text]),
      [['Seoul', '3,000 troops', '3,500 troops']],
    );
    const rival = story('https://c.example/1', 'C', '2024-10-01', '9,000 troops', 9000, 'Kyiv');
    const conflict = buildLedger([a, rival]).figures[0];
    assert.equal(conflict.label, 'conflicting');
    assert.equal(conflict.note, 'Kyiv gives 9,000 troops; Seoul gives 3,000 troops');
    const explicit = buildLedger([later], { revisions: [{ before: a, after: later }] }).figures[0];
    assert.equal(explicit.label, 'revised');
    assert.deepEqual(
      [explicit.revisions[0].from.text, explicit.revisions[0].to.text],
      ['3,000 troops', '3,500 troops'],
    );
  });

  it('never calls differing counts agreeing, even on different days with an unnamed source', () => {
    const a = story('https://a.example/1', 'A', '2024-10-01', '3,000 troops', 3000, 'Seoul');
    const unnamed = annotate(
      {
        ...base,
        url: 'https://d.example/1',
        outlet: 'D',
        published: '2024-10-04',
        text: 'Some 5,000 troops were sent.',
      },
      {
        figures: [
          {
            text: '5,000 troops',
            value: 5000,
            unit: 'troops',
            subject: 'North Korean troops',
            claimant: null,
          },
        ],
      },
    );
    assert.equal(buildLedger([a, unnamed]).figures[0].label, 'conflicting');
  });

  it('returns empty lists for sources without findings and throws InputError for an empty story', () => {
    const bare = annotate(base, {});
    assert.deepEqual(buildLedger([bare]), {
      articleIds: [bare.article.id],
      figures: [],
      claims: [],
      quotes: [],
    });
    assert.throws(() => buildLedger([]), InputError);
  });
});

describe('buildLedger on hostile input', () => {
  it('groups thousands of near-identical quotes and claims, and figures with absurd values, without failing', () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `“Troops number ${i} will move north,” Austin said. Officials denied that unit ${i} reached the line.`,
    );
    const text = lines.join('\n');
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const base = annotate({ ...fixtureInput('nyt-like.json'), text }, {});
    const hostile: Analysis = {
      ...base,
      quotes: lines.map((_, i) => ({
        id: `q${i}`,
        text: `Troops number ${i} will move north,`,
        kind: 'direct',
        speaker: { name: 'Austin', entityId: null, span: at('Austin') },
        cue: 'said',
        span: at(`Troops number ${i} will move north,`),
      })),
      claims: lines.map((_, i) => ({
        id: `c${i}`,
        text: `unit ${i} reached the line`,
        claimant: 'Officials',
        stance: 'denies',
        span: at(`unit ${i} reached the line`),
      })),
      figures: [0, -1, 1e308, Number.MAX_SAFE_INTEGER].map((value, i) => ({
        id: `f${i}`,
        text: 'Troops',
        value,
        low: null,
        high: null,
        qualifier: 'exact',
        increment: i === 1,
        unit: 'troops',
        subject: null,
        claimant: null,
        span: at('Troops'),
      })),
    };
    const ledger = buildLedger([hostile]);
    assert.equal(
      ledger.quotes[0].quotes.reduce((n, g) => n + g.occurrences.length, 0),
      2000,
    );
    assert.equal(
      ledger.claims.reduce((n, r) => n + r.entries.length, 0),
      2000,
    );
    for (const g of ledger.figures) assert.ok(g.total === null || Number.isFinite(g.total.atLeast));
  });
});
