import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, EntityType } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { findClaims } from '../../src/nlp/claims.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findFigures } from '../../src/nlp/figures.js';
import { loadQuoteModel } from '../../src/nlp/quote-model-load.js';
import { findQuotes } from '../../src/nlp/quotes.js';
import { MODELS_DIR } from '../../src/resources.js';
import { smallLexicon } from '../fixtures/lexicon.js';

const lexicon = buildLexicon();
const model = loadQuoteModel(MODELS_DIR);

/** Entities for every occurrence of each [type, name, aliases], as the recogniser would give them. */
function entitiesOf(text: string, names: [EntityType, string, string[]?][]): Entity[] {
  return names.map(([type, name, aliases = []], i) => {
    const mentions = [];
    for (const form of [name, ...aliases]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        mentions.push({ start: at, end: at + form.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, name, type, aliases, roles: [], mentions };
  });
}

const speakers = (text: string, entities: Entity[], lex = lexicon) =>
  findQuotes(readAttribution(readDoc(text, null), entities, lex), model).map((q) => q.speaker?.name ?? null);

describe('the resolver agrees in gender and number', () => {
  it('never gives "she" to a man or "he" to a woman, by first name', () => {
    const text =
      'Hillary Clinton spoke after Donald Trump left the stage. “We will win,” she said. “Never,” he said.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Hillary Clinton'],
      ['PERSON', 'Donald Trump'],
    ]);
    assert.deepEqual(speakers(text, entities), ['Hillary Clinton', 'Donald Trump']);
  });

  it('reads gender from an honorific when the first name tells none', () => {
    const text = 'Mrs. Okonkwo met Mr. Adeyemi-Balogun on Monday. “It went well,” she said.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Adeyemi-Balogun'],
    ]);
    assert.deepEqual(speakers(text, entities), ['Okonkwo']);
  });

  it('takes first names from the lexicon it is handed', () => {
    const text = 'Bob Kim met Ann Lee. “Fine,” she said.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Ann Lee'],
      ['PERSON', 'Bob Kim'],
    ]);
    const withGender = smallLexicon();
    const noGender = { ...withGender, speakers: { ...withGender.speakers, firstNameGender: () => null } };
    assert.deepEqual(speakers(text, entities, withGender), ['Ann Lee']);
    // Without a gender, the sentence's subject is the most salient person.
    assert.deepEqual(speakers(text, entities, noGender), ['Bob Kim']);
  });

  it('gives a pronoun the salient subject, not a name inside a quotation or an object', () => {
    const text =
      'Mr. Obama dismissed the criticism of Peabody Energy. “You know, I love Larry Tribe,” he said. ' +
      'Sen. David Perdue (R-Ga.) said the attacks did not hurt Mitt Romney in 2012. “Those are distractions,” he said.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Obama'],
      ['PERSON', 'Larry Tribe'],
      ['PERSON', 'David Perdue'],
      ['PERSON', 'Mitt Romney'],
    ]);
    assert.deepEqual(speakers(text, entities).slice(0, 1), ['Obama']);
    assert.deepEqual(speakers(text, entities).at(-1), 'David Perdue');
  });

  it('gives a relative pronoun the phrase right before it', () => {
    const text =
      'Mr. Kerry met Mr. Obama, who said the deal “will hold.” ' +
      'Most visas go to wealthy Chinese citizens, who say that the program works well.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Kerry'],
      ['PERSON', 'Obama'],
    ]);
    assert.deepEqual(speakers(text, entities), ['Obama', 'wealthy Chinese citizens']);
  });

  it('gives a definite description the entity it refers back to, and keeps an indefinite one', () => {
    const text =
      'Bill de Blasio toured the site with the Commission on Public Safety. ' +
      '“We see no link to terrorism,” the mayor said. “The review goes on,” the commission said. ' +
      '“It was a bomb,” a spokesman said.';
    const entities = entitiesOf(text, [
      ['PERSON', 'Bill de Blasio'],
      ['ORG', 'Commission on Public Safety'],
    ]);
    assert.deepEqual(speakers(text, entities), [
      'Bill de Blasio',
      'Commission on Public Safety',
      'a spokesman',
    ]);
  });

  it('gives "it" the salient organisation rather than the nearest place', () => {
    const text = 'The Kremlin briefed reporters in Moscow. “We deny it,” it said.';
    const entities = entitiesOf(text, [
      ['ORG', 'Kremlin'],
      ['LOC', 'Moscow'],
    ]);
    assert.deepEqual(speakers(text, entities), ['Kremlin']);
  });

  it('gives "I" no earlier name: the first person is whoever speaks', () => {
    const text = 'Donald Trump spoke on Monday. I think the plan will fail, I said.';
    const entities = entitiesOf(text, [['PERSON', 'Donald Trump']]);
    const claims = findClaims(readAttribution(readDoc(text, null), entities, lexicon));
    assert.deepEqual(
      claims.map((c) => [c.claimant, c.claimantId]),
      [
        ['I', null],
        ['I', null],
      ],
    );
  });
});

describe('one resolver names speakers and claimants alike', () => {
  it('names a description containing a name by the description, not the name', () => {
    const text = "South Korea's spy chief said 1,500 troops were sent.";
    const entities = entitiesOf(text, [['LOC', 'South Korea']]);
    const [f] = findFigures(readAttribution(readDoc(text, null), entities, lexicon));
    assert.equal(f.claimant, "South Korea's spy chief");
    assert.equal(f.claimantId, null);
  });

  it('names an entity by its canonical name in quotes, figures and claims, with its id', () => {
    const text = 'Austin said 2,500 troops were sent. Austin confirmed the deployment.';
    const entities = entitiesOf(text, [['PERSON', 'Lloyd J. Austin III', ['Austin']]]);
    const context = readAttribution(readDoc(text, null), entities, lexicon);
    const [f] = findFigures(context);
    assert.deepEqual([f.claimant, f.claimantId], ['Lloyd J. Austin III', 'e1']);
    const confirm = findClaims(context).find((c) => c.stance === 'confirms');
    assert.deepEqual([confirm?.claimant, confirm?.claimantId], ['Lloyd J. Austin III', 'e1']);
  });
});

describe('figure claimants in the shapes real news uses', () => {
  const claimants = (text: string) =>
    findFigures(readAttribution(readDoc(text, null), [], lexicon)).map((f) => [f.text, f.claimant]);
  const withQuotes = (text: string) => {
    const context = readAttribution(readDoc(text, null), [], lexicon);
    return findFigures(context, findQuotes(context, model)).map((f) => [f.text, f.claimant]);
  };

  it('credits a named poll, not its respondents', () => {
    assert.deepEqual(
      claimants(
        'In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said they would vote for Trump.',
      ),
      [['8 percent', 'Washington Post/ABC News']],
    );
    assert.deepEqual(
      claimants('While 86 percent of voters in a recent Gallup survey approved, few did elsewhere.'),
      [['86 percent', 'Gallup']],
    );
    assert.deepEqual(claimants('The AP-GfK Poll of 1,033 adults was conducted online.'), [['1,033', null]]);
    assert.deepEqual(claimants('A majority of voters expect Clinton to win, 44 percent to 34 percent.'), [
      ['44 percent', null],
      ['34 percent', null],
    ]);
  });

  it('gives a figure in quotation marks to the quote’s speaker', () => {
    assert.deepEqual(withQuotes('“We will raise $50 million,” Jeff Weaver, the campaign manager, said.'), [
      ['$50 million', 'Jeff Weaver'],
    ]);
  });

  it('credits proposals and pledges to do something, not acts or images', () => {
    assert.deepEqual(claimants('Mr. Cardin has proposed a 10 percent tax.'), [['10 percent', 'Mr. Cardin']]);
    assert.deepEqual(claimants('Trump pledged to spend $2 million per week.'), [
      ['$2 million per week', 'Trump'],
    ]);
    assert.deepEqual(claimants('The European Union pledged €40 million in aid.'), [['€40 million', null]]);
    assert.deepEqual(claimants('A Bloomberg poll showed that 72 percent of voters were bothered.'), [
      ['72 percent', 'Bloomberg'],
    ]);
    assert.deepEqual(claimants('Satellite photos show at least 16 warships in the harbor.'), [
      ['at least 16', null],
    ]);
  });

  it('leaves the writer’s first person without a claimant', () => {
    assert.deepEqual(claimants('We believe six debates are enough.'), [['six', null]]);
  });
});
