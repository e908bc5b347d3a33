import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/model/index.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findEntities } from '../../src/nlp/entities.js';
import { loadResources } from '../../src/resources.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

const { ner, lexicon } = loadResources();
const entitiesOf = (text: string) => findEntities(readDoc(text, null), ner, lexicon);

/** Every mention span slices to a name the entity is known by, in order, in range. */
function assertSpans(text: string, entities: Entity[]): void {
  for (const e of entities) {
    let last = -1;
    for (const m of e.mentions) {
      assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `span ${m.start}-${m.end} in range`);
      assert.ok(m.start > last, 'mentions in order');
      last = m.start;
      const written = text.slice(m.start, m.end);
      assert.ok(written === e.name || e.aliases.includes(written), `${written} is ${e.name} or an alias`);
    }
  }
}

const summary = (entities: Entity[]) =>
  entities.map((e) => [e.type, e.name, e.aliases, e.roles, e.mentions.length]);

describe('findEntities on the seed article', needsShared(SEED_PATH), () => {
  const text = readShared(SEED_PATH);
  const entities = entitiesOf(text);

  it('finds every person, organisation and place once, typed, with aliases and roles', () => {
    assert.deepEqual(summary(entities), [
      ['LOC', 'U.S.', [], [], 5],
      ['PERSON', 'Lloyd J. Austin III', ['Austin'], ['U.S. Secretary of Defense'], 4],
      ['LOC', 'North Korea', [], [], 8],
      ['LOC', 'Russia', [], [], 10],
      ['LOC', 'Ukraine', [], [], 6],
      ['LOC', 'Pyongyang', [], [], 3],
      ['LOC', 'Italy', [], [], 1],
      ['LOC', 'South Korea', [], [], 2],
      ['LOC', 'Vladivostok', [], [], 1],
      ['PERSON', 'Vladimir Putin', ['Putin'], ['President'], 6],
      ['PERSON', 'Kim Jong-un', ['Kim'], ['North Korean leader'], 4],
      [
        'PERSON',
        'Victor Cha',
        ['Cha'],
        ['a North Korean expert at the Center for Strategic and International Studies'],
        2,
      ],
      ['ORG', 'Center for Strategic and International Studies', [], [], 1],
      ['ORG', 'Kremlin', [], [], 2],
      ['LOC', 'Moscow', [], [], 1],
      ['PERSON', 'Volodymyr Zelensky', ['Zelensky'], ['Ukrainian President'], 3],
      ['LOC', 'Europe', [], [], 1],
      ['LOC', 'Asia', [], [], 1],
      ['LOC', 'West', [], [], 1],
      ['ORG', 'The New York Times', [], [], 1],
      ['ORG', 'The Associated Press', [], [], 1],
    ]);
  });

  it('keeps demonym phrases out ("Russian society", "North Korean troops")', () => {
    const names = entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const not of ['Russian', 'North Korean', 'American', 'Ukrainian', 'Russian society']) {
      assert.ok(!names.includes(not), `${not} is not an entity`);
    }
  });

  it('gives spans that slice to the names, with ids in order of first mention', () => {
    assertSpans(text, entities);
    assert.deepEqual(
      entities.map((e) => e.id),
      entities.map((_, i) => `e${i + 1}`),
    );
    const firsts = entities.map((e) => e.mentions[0].start);
    assert.deepEqual(
      firsts,
      [...firsts].sort((a, b) => a - b),
    );
  });

  it('is deterministic', () => {
    assert.deepEqual(entitiesOf(text), entities);
  });
});

describe('findEntities on hard names', () => {
  it('links an acronym to the name it abbreviates', () => {
    const text =
      'Victor Cha, a North Korean expert at the Center for Strategic and International Studies (CSIS), said the deployment was new. CSIS has tracked the troops for months.';
    const entities = entitiesOf(text);
    const csis = entities.find((e) => e.name === 'Center for Strategic and International Studies');
    assert.ok(csis);
    assert.equal(csis.type, 'ORG');
    assert.deepEqual(csis.aliases, ['CSIS']);
    assert.equal(csis.mentions.length, 3);
    assertSpans(text, entities);
  });

  it('keeps hyphenated, apostrophised and accented names whole and links their short forms', () => {
    const text =
      "Kim Jong-un met Conan O'Brien, Volodymyr Zelenskyy and Thomas Müller in Zürich on Monday. Later O'Brien told reporters that Müller and Zelenskyy had left.";
    const entities = entitiesOf(text);
    assert.deepEqual(summary(entities), [
      ['PERSON', 'Kim Jong-un', [], [], 1],
      ['PERSON', "Conan O'Brien", ["O'Brien"], [], 2],
      ['PERSON', 'Volodymyr Zelenskyy', ['Zelenskyy'], [], 2],
      ['PERSON', 'Thomas Müller', ['Müller'], [], 2],
      ['LOC', 'Zürich', [], [], 1],
    ]);
    assertSpans(text, entities);
  });

  it('reads titles and appositions as roles and keeps generational suffixes in the name', () => {
    const text =
      'Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs of Staff, said Brown would travel to Seoul.';
    const brown = entitiesOf(text).find((e) => e.type === 'PERSON');
    assert.ok(brown);
    assert.equal(brown.name, 'Charles Q. Brown Jr.');
    assert.deepEqual(brown.aliases, ['Brown']);
    assert.deepEqual(brown.roles, ['Gen.', 'the chairman of the Joint Chiefs of Staff']);
  });

  it('joins a head and its "of" name, and one place across acronyms and capitals', () => {
    const text =
      'Talks to end the strike at the Port of Eastmoor resumed on Friday.\nThe United States sent an envoy. U.S. officials said the JAPAN talks and the talks in Japan would wait.\n';
    const entities = entitiesOf(text);
    assert.deepEqual(summary(entities), [
      ['LOC', 'Port of Eastmoor', [], [], 1],
      ['LOC', 'United States', ['U.S.'], [], 2],
      ['LOC', 'Japan', ['JAPAN'], [], 2],
    ]);
    assertSpans(text, entities);
  });

  it('does not explode on ALL CAPS and Title Case headlines', () => {
    const text =
      'NORTH KOREA SENDS TROOPS TO RUSSIA, PENTAGON SAYS\nNorth Korean Leader Kim Jong-un Says Troops Are Ready for the Front\nNorth Korean leader Kim Jong-un visited the border on Monday.';
    const entities = entitiesOf(text);
    assert.deepEqual(summary(entities), [
      ['LOC', 'NORTH KOREA', [], [], 1],
      ['LOC', 'RUSSIA', [], [], 1],
      ['ORG', 'PENTAGON', [], [], 1],
      ['PERSON', 'Kim Jong-un', [], ['North Korean Leader'], 2],
    ]);
    assertSpans(text, entities);
  });
});

describe('findEntities on bad input', () => {
  it('returns nothing for empty text and text without letters', () => {
    assert.deepEqual(entitiesOf(''), []);
    assert.deepEqual(entitiesOf('   \n\n  '), []);
    assert.deepEqual(entitiesOf('1,500 -- 2.5% ... !!! ?? 42\n\n$ 3'), []);
  });

  it('keeps spans valid around lone surrogates and zero-width characters', () => {
    const text = 'Angela\u200bMerkel met \ud800 Emmanuel Macron\u200d in Paris \udc00and Berlin\ufeff.';
    const entities = entitiesOf(text);
    assertSpans(text, entities);
    const names = entities.map((e) => e.name);
    assert.ok(names.includes('Paris'));
    assert.ok(names.includes('Berlin'));
  });

  it('takes no endless run of capitals or of letters for a name', () => {
    const text = `${'A'.repeat(3000)} met ${'Xy '.repeat(400)}in Paris.`;
    const entities = entitiesOf(text);
    assertSpans(text, entities);
    for (const e of entities) assert.ok(e.name.length <= 160, `${e.name.slice(0, 20)}… is short`);
  });

  it('tags 100,000 capitalised words in linear time, with valid spans', () => {
    // Distinct made-up words, one long name run with no sentence end: the worst case for name
    // runs, gazetteer matching and the document-level passes.
    const syllables = ['ka', 'lo', 'ran', 'vi', 'mer', 'tu', 'sen', 'do', 'bra', 'quel'];
    const capitalised = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const w = `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}${i}`;
        return w.charAt(0).toUpperCase() + w.slice(1);
      }).join(' ');
    const timed = (text: string) => {
      const started = performance.now();
      const entities = entitiesOf(text);
      assertSpans(text, entities);
      return performance.now() - started;
    };
    timed('Paris'); // the model is decoded on first use
    const small = timed(capitalised(10_000));
    const large = timed(capitalised(100_000));
    // Ten times the words: linear work takes about ten times as long, quadratic a hundred.
    assert.ok(large < small * 30 + 500, `100k words ${large.toFixed(0)} ms, 10k ${small.toFixed(0)} ms`);
  });

  it('tags a 5 MB single paragraph without a sentence end', () => {
    const word = 'Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx';
    const text = `${`${word} `.repeat(Math.ceil(5_000_000 / (word.length + 1)))}Paris`;
    assert.ok(text.length >= 5_000_000);
    const entities = entitiesOf(text);
    assertSpans(text, entities);
  });
});
