import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis, Entity, EntityType } from '../../src/model/index.js';
import { createLinker, createPlaceIndex, type PlaceData } from '../../src/registry/index.js';

/** A small fixed place registry: what the linker reads, without the shipped file. */
const PLACES: PlaceData = {
  source: 'test',
  licence: 'test',
  countries: [
    {
      code: 'US',
      name: 'United States',
      names: ['United States of America', 'USA', 'U.S.', 'US', 'America'],
      demonyms: ['American'],
      capitals: [{ name: 'Washington D.C.', names: ['Washington, D.C.', 'Washington'] }],
    },
    {
      code: 'RU',
      name: 'Russia',
      names: ['Russian Federation'],
      demonyms: ['Russian'],
      capitals: [{ name: 'Moscow', names: [] }],
    },
  ],
};
const places = createPlaceIndex(PLACES);

let serial = 0;
/** An analysis with the given entities (name, type, aliases); quotes, figures and claims empty unless given. */
function analysis(
  entities: [string, EntityType, string[]?][],
  extra: Partial<Analysis> = {},
  id = `a${++serial}`,
): Analysis {
  return {
    article: {
      id,
      url: null,
      title: '',
      outlet: null,
      published: '2024-10-23T00:00:00.000Z',
      language: 'en',
      text: '',
      sources: [],
    },
    entities: entities.map(
      ([name, type, aliases = []], i): Entity => ({
        id: `e${i + 1}`,
        name,
        type,
        aliases,
        roles: [],
        mentions: [{ start: 0, end: 1 }],
      }),
    ),
    quotes: [],
    figures: [],
    claims: [],
    dates: [],
    ...extra,
  };
}

describe('createLinker', () => {
  it('gives every article entity one registry id with its evidence, deterministically', () => {
    const run = () => {
      serial = 0;
      const linker = createLinker({ places });
      const first = linker.add(
        analysis([
          ['Lloyd J. Austin III', 'PERSON'],
          ['U.S.', 'LOC'],
        ]),
        { storyId: 's1' },
      );
      const second = linker.add(
        analysis([
          ['Austin', 'PERSON'],
          ['the United States', 'LOC'],
        ]),
        { storyId: 's1' },
      );
      return { first, second, entities: linker.entities() };
    };
    const a = run();
    assert.deepEqual(
      a.second.links.map((l) => [l.registryId, l.evidence, l.matched]),
      [
        ['ent-a1-e1', 'short-name-in-story', 'Austin'],
        ['ent-country:US', 'gazetteer', 'the United States'],
      ],
    );
    assert.deepEqual(run(), a);
    const us = a.entities.find((e) => e.id === 'ent-country:US')!;
    assert.equal(us.name, 'United States');
    assert.deepEqual(
      us.aliases.map((x) => [x.name, x.count]),
      [
        ['U.S.', 1],
        ['the United States', 1],
      ],
    );
    assert.equal(us.articles, 2);
    assert.equal(us.firstSeen, '2024-10-23T00:00:00.000Z');
  });

  it('resolves claimants written as a demonym and a group noun to the country', () => {
    const linker = createLinker({ places });
    linker.add(analysis([['United States', 'LOC']]));
    assert.equal(linker.lookup('American officials'), 'ent-country:US');
    assert.equal(linker.lookup('U.S. intelligence'), 'ent-country:US');
    assert.equal(linker.lookup('Russian officials'), null, 'Russia was never linked');
    assert.ok(linker.sameEntity({ name: 'USA' }, { name: 'American officials' }));
  });

  it('merges an acronym entity into its expansion when a later article shows both, losing no mention', () => {
    const linker = createLinker({ places });
    const a = linker.add(analysis([['CSIS', 'ORG']]));
    const b = linker.add(analysis([['Center for Strategic and International Studies', 'ORG']]));
    const c = linker.add(analysis([['Center for Strategic and International Studies', 'ORG', ['CSIS']]]));
    assert.deepEqual(
      c.changes.map((x) => [x.kind, x.from, x.into, x.evidence]),
      [['merge', a.links[0].registryId, b.links[0].registryId, 'acronym']],
    );
    const id = b.links[0].registryId;
    assert.equal(linker.registryIdOf(a.articleId, 'e1'), id);
    const entity = linker.entity(a.links[0].registryId)!;
    assert.equal(entity.id, id);
    assert.equal(entity.articles, 3);
    assert.equal(entity.mentions, 3);
    assert.equal(linker.entities().length, 1);
  });

  it('keeps the same acronym of two different expansions apart', () => {
    const linker = createLinker({ places });
    const a = linker.add(analysis([['Center for Strategic and International Studies', 'ORG', ['CSIS']]]), {
      storyId: 's1',
    });
    const b = linker.add(analysis([['Canadian Security Intelligence Service', 'ORG', ['CSIS']]]), {
      storyId: 's2',
    });
    assert.notEqual(a.links[0].registryId, b.links[0].registryId);
    assert.deepEqual(b.changes, []);
  });

  it('takes a leading initial’s middle name as the name a person goes by, and only that one', () => {
    const linker = createLinker({ places });
    const felt = linker.add(analysis([['W. Mark Felt', 'PERSON']]), { storyId: 's1' });
    const mark = linker.add(analysis([['Mark Felt', 'PERSON']]), { storyId: 's1' });
    const john = linker.add(analysis([['John Felt', 'PERSON']]), { storyId: 's1' });
    assert.equal(mark.links[0].registryId, felt.links[0].registryId);
    assert.notEqual(john.links[0].registryId, felt.links[0].registryId);
  });

  it('survives two articles that each claim the other’s alias: one entity, no loop', () => {
    const linker = createLinker({ places });
    const a = linker.add(analysis([['Acme Holdings', 'ORG', ['Beta Group']]]));
    const b = linker.add(analysis([['Beta Group', 'ORG', ['Acme Holdings']]]));
    assert.equal(a.links[0].registryId, b.links[0].registryId);
    assert.equal(linker.entities().length, 1);
  });

  it('caps merges per article and reports the refusals instead of swallowing unrelated entities', () => {
    const linker = createLinker({ places }, { maxMergesPerArticle: 2 });
    for (let i = 0; i < 6; i++) linker.add(analysis([[`Company Number ${i}`, 'ORG']]));
    const greedy = linker.add(
      analysis([['Company Hub', 'ORG', Array.from({ length: 6 }, (_, i) => `Company Number ${i}`)]]),
    );
    // It links to the first alias it knows, then may fold in only two of the other five.
    assert.equal(greedy.changes.length, 2);
    assert.equal(greedy.warnings.filter((w) => w.includes('refused')).length, 3);
    assert.equal(linker.entities().length, 4);
  });

  it('never links a Latin name spelled with a look-alike Cyrillic letter, and says so', () => {
    const linker = createLinker({ places });
    const latin = linker.add(
      analysis([
        ['Volodymyr Zelensky', 'PERSON'],
        ['Russia', 'LOC'],
      ]),
      { storyId: 's1' },
    );
    const spoof = linker.add(
      analysis([
        ['Volodymyr Zelеnsky', 'PERSON'],
        ['Russiа', 'LOC'],
      ]),
      { storyId: 's1' },
    );
    assert.notEqual(spoof.links[0].registryId, latin.links[0].registryId);
    assert.notEqual(spoof.links[1].registryId, latin.links[1].registryId);
    assert.equal(spoof.warnings.filter((w) => w.includes('look-alike')).length, 2);
  });

  it('links a 500-character “name” to a new entity of its own, never matched, with a warning', () => {
    const linker = createLinker({ places });
    const long = `${'Alpha Beta '.repeat(50).slice(0, 499)}x`;
    const a = linker.add(analysis([[long, 'ORG']]));
    const b = linker.add(analysis([[long, 'ORG']]));
    assert.notEqual(a.links[0].registryId, b.links[0].registryId);
    assert.match(a.warnings[0], /500 characters/);
    assert.equal(linker.entity(a.links[0].registryId)!.mentions, 1);
  });

  it('links 10,000 distinct names in one article quickly, one entity each', () => {
    const linker = createLinker({ places });
    const names = Array.from({ length: 10_000 }, (_, i): [string, EntityType] => [
      `Person${i.toString(36)} Surname${(i % 97).toString(36)}`,
      'PERSON',
    ]);
    const started = performance.now();
    const result = linker.add(analysis(names), { storyId: 's1' });
    const again = linker.add(analysis(names), { storyId: 's1' });
    const ms = performance.now() - started;
    assert.equal(new Set(result.links.map((l) => l.registryId)).size, 10_000);
    assert.deepEqual(
      again.links.map((l) => l.registryId),
      result.links.map((l) => l.registryId),
    );
    // Linear work is a few seconds on a loaded 2-core machine; a quadratic step would take minutes.
    assert.ok(ms < 30_000, `took ${ms.toFixed(0)} ms`);
  });

  it('reads a capital that speaks as its government and a capital named as a place as the city', () => {
    const linker = createLinker({ places });
    const speaking = analysis([['Washington', 'LOC']], {
      quotes: [
        {
          id: 'q1',
          text: 'no',
          kind: 'direct',
          speaker: { name: 'Washington', entityId: 'e1', span: { start: 0, end: 1 } },
          cue: 'said',
          span: { start: 0, end: 1 },
        },
      ],
    });
    assert.equal(linker.add(speaking).links[0].registryId, 'ent-country:US');
    assert.equal(linker.add(speaking).links[0].evidence, 'seat-of-government');
    assert.equal(
      linker.add(analysis([['Washington', 'LOC']])).links[0].registryId,
      'ent-capital:US:Washington D.C.',
    );
  });

  it('gives one name in one story one entity whatever the tagger typed it, and the type of most mentions', () => {
    const linker = createLinker({ places });
    const story = { storyId: 's1' };
    const first = linker.add(analysis([['Creighton', 'PERSON']]), story).links[0];
    const second = linker.add(analysis([['Creighton', 'ORG']]), story).links[0];
    assert.equal(second.registryId, first.registryId);
    assert.equal(second.evidence, 'same-name');
    assert.equal(linker.entity(first.registryId)!.type, 'PERSON', 'a tie keeps the first type');
    linker.add(analysis([['Creighton', 'ORG']]), story);
    assert.equal(linker.entity(first.registryId)!.type, 'ORG');
    // Another story's Creighton typed otherwise is not taken on the name alone.
    const elsewhere = linker.add(analysis([['Creighton', 'PERSON']]), { storyId: 's2' }).links[0];
    assert.notEqual(elsewhere.registryId, first.registryId);
  });

  it('never gives a one-word place name and an organisation of that name one entity (the city and its team)', () => {
    const linker = createLinker({ places });
    const story = { storyId: 's1' };
    const team = linker.add(analysis([['Philadelphia', 'ORG']]), story).links[0];
    const city = linker.add(analysis([['Philadelphia', 'LOC']]), story).links[0];
    assert.notEqual(city.registryId, team.registryId);
    // Two words or more: a place-like name the tagger typed both ways is one name ("Hollywood Reporter").
    const a = linker.add(analysis([['Hollywood Reporter', 'LOC']]), story).links[0];
    const b = linker.add(analysis([['The Hollywood Reporter', 'ORG']]), story).links[0];
    assert.equal(b.registryId, a.registryId);
  });
});
