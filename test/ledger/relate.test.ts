import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureOf, sameMeasure } from '../../src/compare/index.js';
import { type Reported, relateFigures } from '../../src/ledger/relate.js';
import type { Qualifier } from '../../src/model/index.js';

const fig = (
  text: string,
  value: number,
  subject: string,
  more: Partial<Reported['figure']> & { article?: string; date?: string; outlet?: string } = {},
): Reported => {
  const { article = 'a1', date = '2016-03-01', outlet = 'AP', ...figure } = more;
  return {
    figure: {
      text,
      value,
      low: null,
      high: null,
      qualifier: 'exact' as Qualifier,
      increment: false,
      unit: null,
      subject,
      claimant: null,
      ...figure,
    },
    articleId: article,
    outlet,
    date,
  };
};

describe('measureOf reads what a subject measures', () => {
  it('head, owner names, narrowing modifiers, role and time', () => {
    const m = measureOf('money raised by Cruz in February');
    assert.equal(m.head, 'money');
    assert.deepEqual([...m.names], ['cruz']);
    assert.deepEqual([...m.roles], ['raise']);
    assert.deepEqual([...m.times], ['february']);
    assert.deepEqual(
      [...measureOf('Super Tuesday delegates won by Trump').premodifiers],
      ['super', 'tuesday'],
    );
    assert.equal(measureOf('people wounded who remained hospitalized').subset, true);
    assert.equal(measureOf('money to be collected by the committee').goal, true);
    assert.equal(measureOf(null).head, null);
  });

  it('keeps the source out of the scope and tells measures apart', () => {
    const rcp = measureOf("Clinton's lead in the RealClearPolitics average", 'RealClearPolitics');
    const huff = measureOf("Clinton's lead in the HuffPollster average", 'HuffPollster');
    assert.ok(sameMeasure(rcp, huff));
    assert.ok(!sameMeasure(measureOf('money raised by Cruz'), measureOf('money spent by Cruz')));
    assert.ok(!sameMeasure(measureOf('delegates won by Cruz'), measureOf('delegates won by Rubio')));
    assert.ok(sameMeasure(measureOf('delegates won by Ted Cruz'), measureOf('delegates won by Cruz')));
    assert.ok(
      !sameMeasure(
        measureOf('likely voters in a four-way race'),
        measureOf('likely voters in a two-way race'),
      ),
    );
  });
});

describe('relateFigures labels a pair of figures', () => {
  it('unrelated, agreeing, updated, conflicting, increment', () => {
    const cruz = (v: number, date: string) =>
      fig(String(v), v, 'delegates won by Cruz', { date, article: date });
    assert.equal(relateFigures(cruz(11, '2016-02-20'), cruz(69, '2016-03-01')), 'updated');
    assert.equal(
      relateFigures(cruz(69, '2016-03-01'), fig('69', 69, 'delegates won by Cruz', { article: 'b' })),
      'agreeing',
    );
    assert.equal(relateFigures(cruz(11, '2016-02-20'), fig('10', 10, 'delegates won by Rubio')), 'unrelated');
    const poll = (v: number, claimant: string) =>
      fig(`${v} points`, v, "Clinton's lead in the poll average", { claimant, unit: 'percentage points' });
    assert.equal(relateFigures(poll(3, 'RealClearPolitics'), poll(4.3, 'HuffPollster')), 'conflicting');
    assert.equal(relateFigures(poll(3, 'RealClearPolitics'), poll(4.3, 'RealClearPolitics')), 'updated');
    const base = fig('Six thousand', 6000, 'people who packed the hall');
    const more = fig('a thousand more', 1000, 'people who cheered outside the hall', { increment: true });
    assert.equal(relateFigures(base, more), 'increment');
    // A floor and a ceiling of one moment can both hold: they agree.
    const floor = fig('more than $10 million', 10e6, 'money donated by Saudi Arabia', {
      qualifier: 'atLeast',
      low: 10e6,
    });
    const range = fig('between $10 million and $25 million', 17.5e6, 'money given by Saudi Arabia', {
      qualifier: 'range',
      low: 10e6,
      high: 25e6,
    });
    assert.equal(relateFigures(floor, range), 'agreeing');
    // Percent and points are different units unless one is a change of the other.
    assert.equal(
      relateFigures(fig('5 percent', 5, 'voters', { unit: 'percent' }), poll(5, 'X')),
      'unrelated',
    );
  });
});
