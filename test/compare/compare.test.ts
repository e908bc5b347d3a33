import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  alignWords,
  byReportingOrder,
  countKey,
  describeDifferences,
  dice,
  inReportingOrder,
  linkedIdentity,
  type NameRef,
  nameIdentity,
  overlap,
  sameCount,
  sameName,
  sameValue,
  surnameOf,
  wordsWithSpans,
} from '../../src/compare/index.js';

describe('counts, names and values', () => {
  it('tells what a figure counts whatever the wording', () => {
    const troops = countKey({ unit: 'troops', subject: 'North Korean troops sent to Russia' });
    assert.ok(sameCount(troops, countKey({ unit: 'soldiers', subject: 'North Korean soldiers' })));
    assert.ok(!sameCount(troops, countKey({ unit: 'troops', subject: 'Russian troops' })));
    assert.ok(
      sameCount(
        countKey({ unit: 'dead and wounded', subject: null }),
        countKey({ unit: 'casualties', subject: 'Russian casualties' }),
      ),
    );
  });

  it('matches names and values the way copy varies them', () => {
    assert.ok(sameName('Austin', 'Lloyd J. Austin III'));
    assert.ok(sameName('Mr. Zelensky', 'Volodymyr Zelensky'));
    assert.ok(!sameName('Victor Cha', 'Lloyd J. Austin III'));
    assert.ok(!sameName('Larch County', 'Larch County Sheriff Luis Ortega'));
    assert.ok(sameName('Luis Ortega', 'Larch County Sheriff Luis Ortega'));
    const f = (value: number, qualifier: 'exact' | 'approx' = 'exact') => ({
      value,
      low: null,
      high: null,
      qualifier,
    });
    assert.ok(sameValue(f(2500, 'approx'), f(2600)));
    assert.ok(!sameValue(f(2500), f(3000)));
  });

  it('gives one surname, generational suffixes aside', () => {
    assert.equal(surnameOf('Lloyd J. Austin III'), 'Austin');
    assert.equal(surnameOf('Martin Luther King, Jr.'), 'King');
    assert.equal(surnameOf('Zelensky'), 'Zelensky');
  });

  it('measures word overlap as containment and as Dice', () => {
    assert.equal(overlap(['a', 'b'], ['a', 'b', 'c', 'd']), 1);
    assert.equal(dice(['a', 'b'], ['a', 'b', 'c', 'd']), 4 / 6);
    assert.equal(overlap([], ['a']), 0);
    assert.equal(dice(new Set(['a']), new Set()), 0);
  });
});

describe('identity', () => {
  const ref = (name: string | null, articleId = 'a', entityId: string | null = null): NameRef => ({
    name,
    articleId,
    entityId,
  });

  it('decides by name when nothing links the mentions, and nobody is the unnamed', () => {
    const id = nameIdentity();
    assert.ok(id.same(ref('Mr. Austin'), ref('Lloyd J. Austin III', 'b')));
    assert.ok(!id.same(ref('Hillary Clinton'), ref('Bill Clinton', 'b')));
    assert.ok(!id.same(ref(null), ref(null, 'b')));
  });

  it('trusts a linker where it resolved both mentions and falls back to names elsewhere', () => {
    const links = new Map([
      ['a:e1', 'us'],
      ['b:e4', 'us'],
      ['a:e2', 'bush-senior'],
      ['b:e5', 'bush-junior'],
      ['a:e3', 'obama-unplaced'],
      ['b:e6', 'barack-obama'],
    ]);
    const id = linkedIdentity((r) => links.get(`${r.articleId}:${r.entityId}`) ?? null);
    assert.ok(id.same(ref('U.S.', 'a', 'e1'), ref('The United States', 'b', 'e4')));
    // The linker tells a father from his son where names alone would join them.
    assert.ok(!id.same(ref('George Bush', 'a', 'e2'), ref('George W. Bush', 'b', 'e5')));
    // A bare surname the linker could not place is left to names.
    assert.ok(id.same(ref('Obama', 'a', 'e3'), ref('Barack Obama', 'b', 'e6')));
    // The same name written the same way is one claimant, whatever ids a tagging slip gave it.
    assert.ok(id.same(ref('Sheriff Luis Ortega', 'a', 'e1'), ref('Sheriff Luis Ortega', 'b', 'e5')));
    assert.ok(id.same(ref('Luis Ortega', 'a', 'e1'), ref('Larch County Sheriff Luis Ortega', 'b', 'e5')));
    assert.ok(!id.same(ref('Martin Luther King', 'a', 'e2'), ref('Martin Luther King Jr.', 'b', 'e5')));
    assert.ok(id.same(ref('Mr. Cha', 'a', 'e9'), ref('Victor Cha', 'b', null)));
  });
});

describe('reporting order', () => {
  it('puts earlier reports first, undated ones last, and ties by id whatever the input order', () => {
    const reports = [
      { id: 'c', published: null },
      { id: 'b', published: '2024-10-23' },
      { id: 'a', published: null },
      { id: 'd', published: '2024-10-21T08:00:00Z' },
      { id: 'a2', published: '2024-10-23' },
    ];
    const expected = ['d', 'a2', 'b', 'a', 'c'];
    assert.deepEqual(
      [...reports].sort(byReportingOrder).map((r) => r.id),
      expected,
    );
    assert.deepEqual(
      [...reports]
        .reverse()
        .sort(byReportingOrder)
        .map((r) => r.id),
      expected,
    );
    const analyses = reports.map((article) => ({ article }));
    assert.deepEqual(
      inReportingOrder(analyses).map((a) => a.article.id),
      expected,
    );
  });
});

describe('wording', () => {
  it('aligns a mangled quote with its source and names each difference', () => {
    const draftText = 'I wouldn’t say y have run out of personnel';
    const sourceText = 'He said: I wouldn’t say they have run out of personnel, then left.';
    const d = wordsWithSpans(draftText);
    const s = wordsWithSpans(sourceText);
    const a = alignWords(d, s);
    assert.ok(a);
    assert.equal(a.verbatim, false);
    assert.deepEqual(describeDifferences(a, draftText, d, sourceText, s), [
      '“say y have” where the source has “say they have”',
    ]);
  });
});
