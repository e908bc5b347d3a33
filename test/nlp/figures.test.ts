import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Figure } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findFigures } from '../../src/nlp/figures.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

const lexicon = buildLexicon();
const figures = (text: string, entities: Entity[] = []) =>
  findFigures(readAttribution(readDoc(text, null), entities, lexicon));
/** The fields a test compares, without ids and rule names. */
const brief = (f: Figure) => ({
  text: f.text,
  value: f.value,
  low: f.low,
  high: f.high,
  qualifier: f.qualifier,
  increment: f.increment,
  unit: f.unit,
  subject: f.subject,
  claimant: f.claimant,
});
const one = (text: string) => {
  const found = figures(text);
  assert.equal(
    found.length,
    1,
    `one figure in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.text))}`,
  );
  return brief(found[0]);
};

/** Every span slices to its text, spans are in order, and no number is NaN or infinite. */
function assertSound(text: string, found: Figure[]): void {
  let last = -1;
  for (const f of found) {
    assert.equal(text.slice(f.span.start, f.span.end), f.text);
    assert.ok(f.span.start >= last, 'spans in order');
    last = f.span.start;
    for (const v of [f.value, f.low, f.high])
      assert.ok(v === null || Number.isFinite(v), `finite: ${f.text}`);
  }
  assert.doesNotMatch(JSON.stringify(found), /null,"low":|"value":null/);
}

describe('findFigures on the seed article', needsShared(SEED_PATH), () => {
  it('reads the four figures with qualifier, subject, unit and claimant', () => {
    const text = readShared(SEED_PATH);
    const found = findFigures(readAttribution(readDoc(text, '2024-10-24T12:00:00Z'), [], lexicon));
    assertSound(text, found);
    assert.deepEqual(found.map(brief), [
      {
        text: 'approximately 2,500',
        value: 2500,
        low: null,
        high: null,
        qualifier: 'approx',
        increment: false,
        unit: 'troops',
        subject: 'North Korean troops',
        claimant: 'American and allied intelligence agencies',
      },
      {
        text: 'over 600,000',
        value: 600000,
        low: 600000,
        high: null,
        qualifier: 'atLeast',
        increment: false,
        unit: 'people',
        subject: 'dead and wounded',
        claimant: 'U.S.',
      },
      {
        text: 'more than a million',
        value: 1000000,
        low: 1000000,
        high: null,
        qualifier: 'atLeast',
        increment: false,
        unit: 'rounds',
        subject: 'artillery rounds',
        claimant: null,
      },
      {
        text: 'another 1,500',
        value: 1500,
        low: null,
        high: null,
        qualifier: 'exact',
        increment: true,
        unit: 'troops',
        subject: 'troops',
        claimant: 'South Korea’s spy chief',
      },
    ]);
  });

  it('names the claimant by the entity whose mention is its head', () => {
    const text = 'Reports from the Pentagon estimate that 300 tanks were lost.';
    const start = text.indexOf('Pentagon');
    const entity: Entity = {
      id: 'e1',
      name: 'Pentagon',
      type: 'ORG',
      aliases: [],
      roles: [],
      mentions: [{ start, end: start + 8 }],
    };
    const [f] = findFigures(readAttribution(readDoc(text, null), [entity], lexicon));
    assert.equal(f.claimant, 'Pentagon');
    assert.equal(f.claimantId, 'e1');
  });
});

describe('findFigures reads numbers', () => {
  it('in words and with scales', () => {
    assert.deepEqual(
      figures('Two dozen boats, twenty-five drones, half a million shells and 1.5 million people.').map(
        (f) => [f.text, f.value],
      ),
      [
        ['Two dozen', 24],
        ['twenty-five', 25],
        ['half a million', 500000],
        ['1.5 million', 1500000],
      ],
    );
  });

  it('in money and percent, exactly', () => {
    assert.deepEqual(
      figures('It costs $1.2bn, €40 million, £3.2m or 2.4 billion dollars; 12% and 3.5 per cent.').map(
        (f) => [f.text, f.value, f.unit],
      ),
      [
        ['$1.2bn', 1200000000, 'dollars'],
        ['€40 million', 40000000, 'euros'],
        ['£3.2m', 3200000, 'pounds'],
        ['2.4 billion dollars', 2400000000, 'dollars'],
        ['12%', 12, 'percent'],
        ['3.5 per cent', 3.5, 'percent'],
      ],
    );
  });

  it('with measurement units, and "m" as millions before a plural or in money', () => {
    assert.deepEqual(
      figures('A 40 km stretch, a 5kg bag, the 100m final, 2.3m people and $40m.').map((f) => [
        f.text,
        f.value,
        f.unit,
      ]),
      [
        ['40 km', 40, 'kilometres'],
        ['5kg', 5, 'kilograms'],
        ['100m', 100, 'metres'],
        ['2.3m', 2300000, 'people'],
        ['$40m', 40000000, 'dollars'],
      ],
    );
  });

  it('reads "one" only where it counts', () => {
    assert.deepEqual(
      figures('One person was killed and one soldier wounded; the death toll remained at one.').map((f) => [
        f.text,
        f.subject,
      ]),
      [
        ['One', 'person'],
        ['one', 'soldier'],
        ['one', 'death toll'],
      ],
    );
  });

  it('not as plural scales: "hundreds of" claims no count (issue 21)', () => {
    assert.deepEqual(figures('Hundreds of civilians and tens of thousands of refugees fled.'), []);
    assert.deepEqual(
      figures('Millions of dollars and 300 more arrived.').map((f) => f.text),
      ['300 more'],
    );
  });

  it('as shares over a base and as fractions, in percent', () => {
    const share = (text: string) => figures(text).map((f) => [f.text, f.value, f.unit, f.subject]);
    assert.deepEqual(share('Six in 10 registered voters said so.'), [
      ['Six in 10', 60, 'percent', 'registered voters'],
    ]);
    assert.deepEqual(share('Nearly 1 in 5 said no.')[0].slice(0, 3), ['Nearly 1 in 5', 20, 'percent']);
    assert.deepEqual(
      share('Two-thirds of voters and a third said yes.').map((f) => f.slice(0, 2)),
      [
        ['Two-thirds', 66.67],
        ['a third', 33.33],
      ],
    );
    assert.deepEqual(share('Nearly half had no opinion.')[0].slice(0, 2), ['Nearly half', 50]);
    // Counts over a larger base, ordinals and mixed numbers are no shares.
    assert.deepEqual(
      share('He won 58 of 61 debates.').map((f) => f.slice(0, 2)),
      [
        ['58', 58],
        ['61', 61],
      ],
    );
    assert.deepEqual(share('A third party won the first half.'), []);
    assert.deepEqual(
      share('It took two and a half hours.').map((f) => f[0]),
      ['two'],
    );
  });

  it('with points, rates and ranges joined by "or"', () => {
    const unit = (text: string) => figures(text).map((f) => [f.text, f.unit, f.subject]);
    assert.deepEqual(unit('Clinton led by 5 percentage points.'), [
      ['5 percentage points', 'percentage points', 'lead'],
    ]);
    assert.deepEqual(unit('She holds a 24-point lead.'), [['24-point', 'percentage points', 'lead']]);
    assert.deepEqual(unit('The margin of error is 4.5 points.'), [
      ['4.5 points', 'percentage points', 'margin of error'],
    ]);
    assert.deepEqual(unit('The minimum wage is $15 an hour.')[0].slice(0, 2), [
      '$15 an hour',
      'dollars per hour',
    ]);
  });
});

describe('findFigures qualifies numbers', () => {
  it('with each qualifier', () => {
    const q = (text: string) => {
      const f = one(text);
      return [f.text, f.qualifier, f.low, f.high];
    };
    assert.deepEqual(q('Roughly 40 tanks burned.'), ['Roughly 40', 'approx', null, null]);
    assert.deepEqual(q('An estimated 900 people came.'), ['An estimated 900', 'approx', null, null]);
    assert.deepEqual(q('Upward of 600 workers struck.'), ['Upward of 600', 'atLeast', 600, null]);
    assert.deepEqual(q('Up to 300 migrants drowned.'), ['Up to 300', 'atMost', null, 300]);
    assert.deepEqual(q('Nearly 700 families fled.'), ['Nearly 700', 'atMost', null, 700]);
    assert.deepEqual(q('They saw 400 or more drones.'), ['400 or more', 'atLeast', 400, null]);
    assert.deepEqual(q('A 2,000-plus crowd gathered.'), ['2,000-plus', 'atLeast', 2000, null]);
  });

  it('as ranges in three forms, sharing scale and unit', () => {
    const r = (text: string) => {
      const f = one(text);
      return [f.text, f.qualifier, f.low, f.high, f.value];
    };
    assert.deepEqual(r('Between 2,000 and 3,000 fighters stayed.'), [
      'Between 2,000 and 3,000',
      'range',
      2000,
      3000,
      2500,
    ]);
    assert.deepEqual(r('They counted 150-200 buildings.'), ['150-200', 'range', 150, 200, 175]);
    assert.deepEqual(r('It expects 30,000 to 40,000 passengers.'), [
      '30,000 to 40,000',
      'range',
      30000,
      40000,
      35000,
    ]);
    assert.deepEqual(r('It will cost between 2 and 3 million euros.'), [
      'between 2 and 3 million euros',
      'range',
      2e6,
      3e6,
      2.5e6,
    ]);
    assert.deepEqual(r('Aid of $5-10bn was discussed.'), ['$5-10bn', 'range', 5e9, 1e10, 7.5e9]);
  });

  it('keeps a change "from X to Y" as two figures', () => {
    assert.deepEqual(
      figures('Inflation rose from 5% to 7.5 per cent.').map((f) => [f.text, f.qualifier]),
      [
        ['5%', 'exact'],
        ['7.5 per cent', 'exact'],
      ],
    );
  });

  it('marks increments before and after the number', () => {
    assert.deepEqual(
      figures(
        'An additional 300 engineers, a further 800 soldiers and 20 more tanks, but 20 percent more than last year.',
      ).map((f) => [f.text, f.increment]),
      [
        ['An additional 300', true],
        ['a further 800', true],
        ['20 more', true],
        ['20 percent more', true],
      ],
    );
  });
});

describe('findFigures finds subject and claimant', () => {
  it('ends a subject before a verb, keeping coordinated nouns', () => {
    assert.deepEqual(
      figures(
        'The fire killed two people and destroyed 137 homes; 90 dead and wounded and 12 tanks and trucks.',
      ).map((f) => f.subject),
      ['people', 'homes', 'dead and wounded', 'tanks and trucks'],
    );
    assert.equal(figures('Three people were killed and 21 were wounded.')[1].subject, 'people wounded');
    assert.equal(one('Twelve lawmakers voted against it.').subject, 'lawmakers');
  });

  it('reads the subject before the number when none follows', () => {
    assert.equal(one('The death toll stood at 312 on Thursday.').subject, 'death toll');
    assert.equal(
      one('The firm’s profit climbed to $4.5 billion in the third quarter.').subject,
      'firm’s profit',
    );
    assert.equal(one('Officials put the number of wounded at 90.').unit, 'people');
    assert.equal(one('Ukraine’s GDP shrank by 29.1 per cent.').subject, 'Ukraine’s GDP');
    assert.equal(one('The fund has raised £3.2m so far.').subject, 'money raised by the fund');
    assert.equal(
      one('$1 million more was donated by Friends of Saudi Arabia.').subject,
      'money donated by Friends of Saudi Arabia',
    );
  });

  it('finds claimants before, after and through "according to"', () => {
    assert.equal(one('Police said 14 officers were hurt.').claimant, 'Police');
    assert.equal(
      one('Some 250 journalists were held, the press group reported.').claimant,
      'the press group',
    );
    assert.equal(
      one('Over 10,000 were evacuated, according to the regional governor.').claimant,
      'the regional governor',
    );
    assert.equal(one('A poll by Gallup found that 54 per cent of voters agree.').claimant, 'Gallup');
    assert.equal(
      one('Officials from the ministry of energy said 1.2 million customers lost power.').claimant,
      'Officials from the ministry of energy',
    );
    assert.equal(
      one('The depot held 300 shells, many of which officials claim are defective.').claimant,
      null,
    );
  });

  it('reads the speaker after a quotation, resolving "he" to the last claimant named', () => {
    const found = figures(
      'Austin said 200 jets flew. “We lost 300 men,” he said. “Some 40 tanks burned,” said Victor Cha.',
    );
    assert.deepEqual(
      found.map((f) => [f.text, f.claimant]),
      [
        ['200', 'Austin'],
        ['300', 'Austin'],
        ['Some 40', 'Victor Cha'],
      ],
    );
  });
});

describe('findFigures skips numbers that are not figures', () => {
  const none = [
    'The summit will be held in 2025 in Geneva.',
    'The attack happened on March 3 at 10:30 a.m. local time.',
    'He was born on 12 June 1961.',
    'She finished 3rd in the 21st race.',
    'Call 555-0143 or (202) 555-0199 or +44 20 7946 0958 or 020 7946 0958.',
    'Flight 370 vanished and the Boeing 737 was grounded under Article 5 and Resolution 2231.',
    '1. Secure the border.\n2) Release the hostages.',
    'The Covid-19 wave and the F-16 jets and the G7 met.',
    'A 40-year-old man went on a 20-day trip.',
    'Only one of them is here, and no one knows; one day they will.',
  ];
  for (const text of none) {
    it(JSON.stringify(text), () =>
      assert.deepEqual(
        figures(text).map((f) => f.text),
        [],
      ),
    );
  }
});

describe('findFigures on hostile input', () => {
  const cases = {
    runs: '1,2,3,4,5,6,7,8,9,10 and 1,2,3… and 1.2.3.4',
    longDigits: `${'9'.repeat(400)} troops and ${'1'.repeat(400)}.5 million dollars`,
    exponent: '1e309 troops and 1e309',
    everyToken: Array.from({ length: 3000 }, (_, i) => `${i * 7},${String(i % 1000).padStart(3, '0')}`).join(
      ' ',
    ),
    bigScale: '999,999,999,999 trillion trillion dollars and 10 billion billion',
    nearLimit: `between 1 and 2 ${'trillion '.repeat(25)}dollars and ${'trillion '.repeat(30)}`,
    lone: '\ud800 42 \udfff $ % per cent - to and between',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: no crash, finite values, valid spans`, () => assertSound(text, figures(text)));
  }

  it('stays linear on a long run-on sentence', () => {
    const text = 'officials said about 300 troops and '.repeat(20000);
    const found = figures(text);
    assert.equal(found.length, 20000);
    assertSound(text, found);
  });

  it('is deterministic', needsShared(SEED_PATH), () => {
    const text = readShared(SEED_PATH);
    assert.deepEqual(figures(text), figures(text));
  });
});
