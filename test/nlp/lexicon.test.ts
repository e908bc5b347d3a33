import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { findClaims } from '../../src/nlp/claims.js';
import * as calendar from '../../src/nlp/data/calendar.js';
import { CUE_VERBS } from '../../src/nlp/data/cues.js';
import * as headlineWords from '../../src/nlp/data/headline-words.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import * as names from '../../src/nlp/data/names.js';
import * as phraseWords from '../../src/nlp/data/phrase-words.js';
import * as qualifiers from '../../src/nlp/data/qualifiers.js';
import * as speech from '../../src/nlp/data/speech.js';
import * as stanceCues from '../../src/nlp/data/stance-cues.js';
import * as titles from '../../src/nlp/data/titles.js';
import * as units from '../../src/nlp/data/units.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findFigures } from '../../src/nlp/figures.js';
import { loadQuoteModel } from '../../src/nlp/quote-model-load.js';
import { findQuotes } from '../../src/nlp/quotes.js';
import { MODELS_DIR } from '../../src/resources.js';
import { smallLexicon } from '../fixtures/lexicon.js';

const shipped = buildLexicon();
const small = smallLexicon();
const model = loadQuoteModel(MODELS_DIR);

const quotesWith = (text: string, lexicon = shipped) =>
  findQuotes(readAttribution(readDoc(text, null), [], lexicon), model).map((q) => [
    q.text,
    q.speaker?.name ?? null,
    q.cue,
  ]);
const claimsWith = (text: string, lexicon = shipped) =>
  findClaims(readAttribution(readDoc(text, null), [], lexicon)).map((c) => [c.claimant, c.stance, c.cue]);

describe('analysers read the lexicon they are handed', () => {
  it('quotes: a speech verb only the small lexicon knows cues a speaker; one it lacks cues none', () => {
    const chirped = '“We won the vote,” she chirped.';
    assert.deepEqual(quotesWith(chirped, small), [['We won the vote,', 'she', 'chirped']]);
    assert.deepEqual(quotesWith(chirped), []);
    const noted = '“We won the vote,” she noted.';
    assert.deepEqual(quotesWith(noted), [['We won the vote,', 'she', 'noted']]);
    assert.deepEqual(quotesWith(noted, small), []);
  });

  it('claims: the stance comes from the handed cue table', () => {
    const text = 'The ministry blorped the report on Monday.';
    assert.deepEqual(claimsWith(text, small), [['The ministry', 'denies', 'blorped']]);
    assert.deepEqual(claimsWith(text), []);
    assert.deepEqual(claimsWith('The ministry denied the report.'), [['The ministry', 'denies', 'denied']]);
    assert.deepEqual(claimsWith('The ministry denied the report.', small), []);
  });

  it('figures: spelled numbers and qualifiers are the handed ones', () => {
    const text = 'About three hundred people fled, and about two million stayed.';
    const read = (lexicon = shipped) =>
      findFigures(readAttribution(readDoc(text, null), [], lexicon)).map((f) => [
        f.text,
        f.value,
        f.qualifier,
      ]);
    assert.deepEqual(read(), [
      ['About three hundred', 300, 'approx'],
      ['about two million', 2e6, 'approx'],
    ]);
    // The small lexicon knows "two" and "million" but not "three" or "hundred".
    assert.deepEqual(read(small), [['about two million', 2e6, 'approx']]);
  });
});

describe('the shipped lexicon holds one list per concept', () => {
  const dataModules = {
    calendar,
    headlineWords,
    names,
    phraseWords,
    qualifiers,
    speech,
    stanceCues,
    titles,
    units,
  };
  /** Every lower-cased string in an exported value, however nested. */
  const stringsOf = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value.toLowerCase()]
      : Array.isArray(value)
        ? value.flatMap(stringsOf)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(stringsOf)
          : [];

  it('names months and days only in the calendar', () => {
    const calendarNames = new Set(
      [...calendar.MONTHS.flat(), ...calendar.WEEKDAYS.flat()].filter((w) => w.length > 3),
    );
    for (const [module, exports] of Object.entries(dataModules)) {
      if (module === 'calendar') continue;
      for (const [name, value] of Object.entries(exports)) {
        const repeated = stringsOf(value).filter((w) => calendarNames.has(w.replace(/\.$/, '')));
        assert.deepEqual(repeated, [], `${module}.${name} repeats calendar names`);
      }
    }
  });

  it('lists each cue verb form once, with known tags', () => {
    const forms = CUE_VERBS.split('\n')
      .map((line) => line.trim().split(/\s+/)[0])
      .filter(Boolean);
    assert.equal(new Set(forms).size, forms.length, 'a cue verb form is listed twice');
    assert.ok(shipped.cues.speech.has('said') && shipped.cues.stance.get('said') === 'reports');
    assert.equal(shipped.cues.stance.get('denied'), 'denies');
    assert.ok(shipped.cues.declinedWhenNegated.has('commented'));
  });

  it('derives the calendar views from the one calendar list', () => {
    assert.ok(shipped.figures.months.has('sept.') && shipped.figures.months.has('may'));
    assert.ok(shipped.speakers.notNames.has('Monday') && shipped.speakers.notNames.has('March'));
    // "May" is a name as often as a month: a title read leftwards does not stop at it.
    assert.ok(shipped.entities.roles.stops.has('march') && !shipped.entities.roles.stops.has('may'));
    assert.ok(shipped.calendar.hint.test('on tues') && !shipped.calendar.hint.test('no date here'));
  });
});
