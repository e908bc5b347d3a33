import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/model/index.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import type { Mention } from '../../src/nlp/ner/mentions.js';
import { refineMentions } from '../../src/nlp/ner/refine.js';
import { resolveMentions } from '../../src/nlp/ner/resolve.js';
import { rolesOf } from '../../src/nlp/ner/roles.js';

const ENTITY_LEXICON = buildLexicon().entities;

/** Mentions of a text by hand: each [type, written name, occurrence], as a tagger would give them. */
function mentionsOf(text: string, names: [EntityType, string, number?][]) {
  const doc = readDoc(text, null);
  const mentions = names.map(([type, name, nth = 0]): Mention => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
    const end = start + name.length;
    const first = doc.tokens.findIndex((t) => t.start === start);
    const last = doc.tokens.findIndex((t) => t.end === end) + 1;
    assert.ok(first >= 0 && last > first, `${name} is on token boundaries`);
    return { type, first, last, start, end, text: name };
  });
  return { doc, mentions };
}

const resolve = (mentions: Mention[]) =>
  resolveMentions(mentions, ENTITY_LEXICON.resolve).map((g) => [
    g.type,
    g.name,
    g.aliases,
    g.mentions.length,
  ]);

describe('resolveMentions', () => {
  it('joins a surname to the full name whatever type the tagger gave it, before or after', () => {
    const { mentions } = mentionsOf('Austin spoke. Lloyd J. Austin III is in Austin now.', [
      ['LOC', 'Austin'],
      ['PERSON', 'Lloyd J. Austin III'],
      ['LOC', 'Austin', 2],
    ]);
    assert.deepEqual(resolve(mentions), [['PERSON', 'Lloyd J. Austin III', ['Austin'], 3]]);
  });

  it('joins an acronym to the name it abbreviates and capitals to the written name', () => {
    const { mentions } = mentionsOf(
      'CSIS said the Center for Strategic and International Studies and JAPAN and Japan agreed.',
      [
        ['ORG', 'CSIS'],
        ['ORG', 'Center for Strategic and International Studies'],
        ['LOC', 'JAPAN'],
        ['LOC', 'Japan'],
      ],
    );
    assert.deepEqual(resolve(mentions), [
      ['ORG', 'Center for Strategic and International Studies', ['CSIS'], 2],
      ['LOC', 'Japan', ['JAPAN'], 2],
    ]);
  });

  it('keeps two people with one surname apart by their given names', () => {
    const { mentions } = mentionsOf('Kim Jong-un met Kim Yo-jong. Kim left.', [
      ['PERSON', 'Kim Jong-un'],
      ['PERSON', 'Kim Yo-jong'],
    ]);
    assert.deepEqual(resolve(mentions), [
      ['PERSON', 'Kim Jong-un', [], 1],
      ['PERSON', 'Kim Yo-jong', [], 1],
    ]);
  });

  it('keeps a junior apart from the father of the same name, and an ordinal with the name without it', () => {
    const { mentions } = mentionsOf(
      'Donald Trump Jr. introduced Donald Trump. Lloyd J. Austin III and Lloyd Austin spoke.',
      [
        ['PERSON', 'Donald Trump Jr.'],
        ['PERSON', 'Donald Trump'],
        ['PERSON', 'Lloyd J. Austin III'],
        ['PERSON', 'Lloyd Austin'],
      ],
    );
    assert.deepEqual(resolve(mentions), [
      ['PERSON', 'Donald Trump Jr.', [], 1],
      ['PERSON', 'Donald Trump', [], 1],
      ['PERSON', 'Lloyd J. Austin III', ['Lloyd Austin'], 2],
    ]);
  });
});

describe('refineMentions and rolesOf', () => {
  it('drops demonyms, strips a title from a name and adds its suffix', () => {
    const text =
      'U.S. Secretary of Defense Lloyd J. Austin III said Russian society and North Korean troops changed.';
    const { doc, mentions } = mentionsOf(text, [
      ['LOC', 'U.S.'],
      ['PERSON', 'Defense Lloyd J. Austin'],
      ['MISC', 'Russian'],
      ['MISC', 'North Korean'],
    ]);
    const refined = refineMentions(doc, mentions, ENTITY_LEXICON.refine);
    assert.deepEqual(
      refined.map((m) => [m.type, m.text, text.slice(m.start, m.end)]),
      [
        ['LOC', 'U.S.', 'U.S.'],
        ['PERSON', 'Lloyd J. Austin III', 'Lloyd J. Austin III'],
      ],
    );
    const s = doc.sentences[0];
    assert.deepEqual(rolesOf(doc, refined[1], s.first, s.last, ENTITY_LEXICON.roles), [
      'U.S. Secretary of Defense',
    ]);
  });

  it('splits a title out of a run the tagger took as one name, and drops a lone honorific', () => {
    const text = 'NIS Director Cho Tae-yong told lawmakers. Ms. Park agreed.';
    const { doc, mentions } = mentionsOf(text, [
      ['MISC', 'NIS Director Cho Tae-yong'],
      ['ORG', 'Ms.'],
      ['PERSON', 'Park'],
    ]);
    const refined = refineMentions(doc, mentions, ENTITY_LEXICON.refine);
    assert.deepEqual(
      refined.map((m) => [m.type, m.text]),
      [
        ['MISC', 'NIS'],
        ['PERSON', 'Cho Tae-yong'],
        ['PERSON', 'Park'],
      ],
    );
    const roles = refined.map((m) => {
      const s = doc.sentences.find((x) => x.first <= m.first && m.first < x.last)!;
      return rolesOf(doc, m, s.first, s.last, ENTITY_LEXICON.roles);
    });
    assert.deepEqual(roles, [[], ['NIS Director'], []]);
  });

  it('cuts a Title Case headline run into the names the body writes, keeping a first name or place before one', () => {
    const text =
      'Sixers Hire Maurice Cheeks as Coach\nWashington Post Says Hillary Clinton Won\nCheeks joined the Sixers. The Post said Clinton won.\nBetty Ford Center Opens Wing\nThe Betty Ford Center is in Rancho Mirage.';
    const { doc, mentions } = mentionsOf(text, [
      ['ORG', 'Sixers Hire Maurice Cheeks'],
      ['ORG', 'Washington Post Says Hillary Clinton'],
      ['PERSON', 'Cheeks', 1],
      ['ORG', 'Sixers', 1],
      ['ORG', 'Post', 1],
      ['PERSON', 'Clinton', 1],
      ['ORG', 'Betty Ford Center'],
      ['ORG', 'Betty Ford Center', 1],
    ]);
    const refined = refineMentions(doc, mentions, ENTITY_LEXICON.refine);
    assert.deepEqual(
      refined.map((m) => [m.type, m.text]),
      [
        ['ORG', 'Sixers'],
        ['PERSON', 'Maurice Cheeks'],
        ['ORG', 'Washington Post'],
        ['PERSON', 'Hillary Clinton'],
        ['PERSON', 'Cheeks'],
        ['ORG', 'Sixers'],
        ['ORG', 'Post'],
        ['PERSON', 'Clinton'],
        ['ORG', 'Betty Ford Center'],
        ['ORG', 'Betty Ford Center'],
      ],
    );
  });

  it('drops a sentence’s opening participle from a name the article writes elsewhere', () => {
    const text = 'Ellen DeGeneres will host. Choosing DeGeneres was safe. Reading Smith is fun.';
    const { doc, mentions } = mentionsOf(text, [
      ['PERSON', 'Ellen DeGeneres'],
      ['PERSON', 'Choosing DeGeneres'],
      ['PERSON', 'Reading Smith'],
    ]);
    const refined = refineMentions(doc, mentions, ENTITY_LEXICON.refine);
    assert.deepEqual(
      refined.map((m) => m.text),
      ['Ellen DeGeneres', 'DeGeneres', 'Reading Smith'],
    );
  });

  it('reads an apposition as a role only when it names one', () => {
    const text = 'Victor Cha, a North Korean expert at CSIS, spoke. Ann Lee, who left, spoke.';
    const { doc, mentions } = mentionsOf(text, [
      ['PERSON', 'Victor Cha'],
      ['PERSON', 'Ann Lee'],
    ]);
    const roles = mentions.map((m) => {
      const s = doc.sentences.find((x) => x.first <= m.first && m.first < x.last)!;
      return rolesOf(doc, m, s.first, s.last, ENTITY_LEXICON.roles);
    });
    assert.deepEqual(roles, [['a North Korean expert at CSIS'], []]);
  });
});
