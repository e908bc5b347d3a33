import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention } from '../../src/model/index.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { datelineOf, findDates } from '../../src/nlp/dates.js';
import { readDoc } from '../../src/nlp/doc.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

/** The seed article was published on Thursday 24 October 2024. */
const THURSDAY = '2024-10-24T09:00:00Z';

const lexicon = buildLexicon();

const dates = (text: string, published: string | null = THURSDAY) => {
  const found = findDates(readDoc(text, published), lexicon);
  for (const d of found) assert.equal(text.slice(d.span.start, d.span.end), d.text);
  return found.map((d: DateMention) => [d.text, d.value]);
};

describe('findDates', () => {
  it(
    'resolves "on Wednesday" in the seed article to the day before publication',
    needsShared(SEED_PATH),
    () => {
      const text = readShared(SEED_PATH);
      assert.deepEqual(dates(text), [
        ['on Wednesday', '2024-10-23'],
        ['on Monday', '2024-10-21'],
      ]);
    },
  );

  it('resolves relative dates and times against the publish date', () => {
    assert.deepEqual(dates('Talks ended yesterday at noon; the strike came 3 days ago.'), [
      ['yesterday at noon', '2024-10-23T12:00'],
      ['3 days ago', '2024-10-21'],
    ]);
  });

  it('reads absolute dates with and without a publish date', () => {
    const text = 'The treaty was signed on Oct. 3, 2024 and talks will resume on Friday.';
    assert.deepEqual(dates(text), [
      ['Oct. 3, 2024', '2024-10-03'],
      ['on Friday', '2024-10-25'],
    ]);
    assert.deepEqual(dates(text, null), [['Oct. 3, 2024', '2024-10-03']]);
  });

  it('is as precise as the text, and skips bare times and lowercase homographs', () => {
    assert.deepEqual(dates('Prices rose in September; talks resume next month; sales fell last year.'), [
      ['September', '2024-09'],
      ['next month', '2024-11'],
      ['last year', '2023'],
    ]);
    assert.deepEqual(
      dates('Strikes may continue as troops march at 6 under the sun; they met at 10:30.'),
      [],
    );
    assert.deepEqual(dates('It began in March 2023.', null), [['March 2023', '2023-03']]);
  });

  it('keeps the publish date’s own day when it carries an offset', () => {
    assert.deepEqual(dates('It happened yesterday.', '2024-10-24T01:00:00+09:00'), [
      ['yesterday', '2024-10-23'],
    ]);
  });

  it('survives malformed dates and hostile input', () => {
    assert.deepEqual(dates('It was signed on Feb 30, 2024 and on 31/02/2024.'), []);
    assert.deepEqual(dates('Anything.', 'not a date'), []);
    assert.doesNotThrow(() => dates(`${'1 '.repeat(5000)}\ud800 Monday`));
    assert.doesNotThrow(() => dates('9'.repeat(400)));
  });
});

describe('durations are not dates', () => {
  it('does not read "in 24 years" as a date 24 years ahead', () => {
    const text =
      'The pact was signed during his first visit to Pyongyang in 24 years. Talks resume on Monday.';
    const found = findDates(readDoc(text, '2024-10-24T12:00:00Z'), lexicon);
    assert.deepEqual(
      found.map((d) => d.text),
      ['on Monday'],
    );
  });
});

describe('dates of the article itself', () => {
  /** Wednesday 2 October 2024. */
  const WEDNESDAY = '2024-10-02T15:00:00Z';

  it('reads a bare weekday as the one before publication unless the sentence speaks of the future', () => {
    assert.deepEqual(dates('The minister resigned on Friday.', WEDNESDAY), [['on Friday', '2024-09-27']]);
    assert.deepEqual(dates('The minister will resign on Friday.', WEDNESDAY), [['on Friday', '2024-10-04']]);
    assert.deepEqual(dates("They'll vote on Monday.", WEDNESDAY), [['on Monday', '2024-10-07']]);
    assert.deepEqual(dates('They voted on Monday.', WEDNESDAY), [['on Monday', '2024-09-30']]);
    // The publish day itself stays, whatever the tense.
    assert.deepEqual(dates('He spoke on Wednesday.', WEDNESDAY), [['on Wednesday', '2024-10-02']]);
  });

  it('never dates a relative mention of an undated article to 1969 or 1970', () => {
    assert.deepEqual(dates('Police said yesterday that five days before the crash he was seen.', null), []);
    assert.deepEqual(dates('The court ruled today. It met last week, on Friday.', null), []);
  });

  it('resolves an undated article against the date printed in its opening', () => {
    const text = 'MONDAY, MAY 23, 2005\nThe coach was fired yesterday. The team met on Friday.';
    assert.deepEqual(dates(text, null), [
      ['MONDAY, MAY 23, 2005', '2005-05-23'],
      ['yesterday', '2005-05-22'],
      ['on Friday', '2005-05-20'],
    ]);
  });

  it('takes as dateline only a date with a written year on a line of its own near the top', () => {
    const dateline = (text: string) => datelineOf(text, findDates(readDoc(text, null), lexicon));
    assert.equal(
      dateline('Hurricane hits coast\nPosted: Aug 2, 2013, 5:19 pm EDT\nIt rained.'),
      '2013-08-02',
    );
    assert.equal(dateline('Storm\nMarch 2013\nIt rained.'), null);
    assert.equal(dateline(`${'Words go on. '.repeat(40)}\nAug 2, 2013\nIt rained.`), null);
    assert.equal(dateline(''), null);
    // A date inside a sentence tells of an event, not of the article: nothing resolves against it.
    const prose = 'The treaty signed on Aug 2, 2013 was broken a week later, officials said yesterday.';
    assert.equal(dateline(prose), null);
    assert.deepEqual(dates(prose, null), [['Aug 2, 2013', '2013-08-02']]);
  });
});
