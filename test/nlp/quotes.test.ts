import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Quote } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import { findEntities } from '../../src/nlp/entities.js';
import { EMPTY_QUOTE_MODEL } from '../../src/nlp/quote-model.js';
import { loadQuoteModel } from '../../src/nlp/quote-model-load.js';
import { scanQuoteMarks } from '../../src/nlp/quotes/marks.js';
import { findQuotes } from '../../src/nlp/quotes.js';
import { loadResources, MODELS_DIR } from '../../src/resources.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

const model = loadQuoteModel(MODELS_DIR);
const lexicon = buildLexicon();
const quotes = (text: string, entities: Entity[] = []) =>
  findQuotes(readAttribution(readDoc(text, null), entities, lexicon), model);
const marked = (text: string) =>
  scanQuoteMarks(readDoc(text, null)).map((q) => q.fragments.map((f) => text.slice(f.start, f.end)));
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

/** A hand-built entity whose mentions are every occurrence of each given string. */
function entity(id: string, name: string, type: Entity['type'], text: string, forms: string[]): Entity {
  const mentions = forms.flatMap((f) =>
    [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index, end: m.index + f.length })),
  );
  return { id, name, type, aliases: forms.filter((f) => f !== name), roles: [], mentions };
}

/** Every span and fragment slices to its text; fragments lie inside the span, in order. */
function assertValid(text: string, found: Quote[]): void {
  for (const q of found) {
    assert.ok(q.span.start >= 0 && q.span.start <= q.span.end && q.span.end <= text.length);
    if (q.fragments) {
      assert.equal(q.text, q.fragments.map((f) => slice(text, f)).join(' '));
      assert.equal(q.fragments[0].start, q.span.start);
      assert.equal(q.fragments[q.fragments.length - 1].end, q.span.end);
    } else {
      assert.equal(slice(text, q.span), q.text);
    }
    if (q.speaker) assert.ok(slice(text, q.speaker.span).length > 0);
  }
}

describe('scanQuoteMarks', () => {
  it('pairs curly, straight and guillemet marks and keeps nested single quotes inside', () => {
    assert.deepEqual(
      marked('“This is a real ‘no-limits partnership,’” he said. "Yes," she said. «Oui», dit-il.'),
      [['This is a real ‘no-limits partnership,’'], ['Yes,'], ['Oui']],
    );
  });

  it('continues a quote left open at a paragraph end into the next paragraph that opens with a mark', () => {
    assert.deepEqual(marked('“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nAfter.'), [
      ['First paragraph of the quote.', 'Second paragraph,'],
    ]);
  });

  it('ends an unclosed quote at its paragraph when the next does not open with a mark, and skips empty quotes', () => {
    assert.deepEqual(marked('He said “never closed here\n\nPlain text. Empty “” and " " marks.'), [
      ['never closed here'],
    ]);
  });

  it('leaves apostrophes and possessives alone', () => {
    assert.deepEqual(marked('The voters’ choice isn’t Trump’s, it’s the ’90s again.'), []);
  });
});

describe('findQuotes', () => {
  const text =
    'Lloyd J. Austin III confirmed on Wednesday that troops arrived.\n' +
    'Austin described the deployment as a “very serious” escalation. “What exactly are you doing?” Austin remarked.\n' +
    '“This is a real ‘no-limits partnership,’” said Victor Cha, an expert at CSIS. “We are in a whole different era.”\n' +
    'Ukrainian President Volodymyr Zelensky spoke on Monday. “This is happening,” he added.\n' +
    'However, analysts say that this new phase reflects growing desperation.';
  const entities = [
    entity('e1', 'Lloyd J. Austin III', 'PERSON', text, ['Lloyd J. Austin III', 'Austin']),
    entity('e2', 'Victor Cha', 'PERSON', text, ['Victor Cha']),
    entity('e3', 'Volodymyr Zelensky', 'PERSON', text, ['Volodymyr Zelensky']),
  ];
  const found = quotes(text, entities);
  const byText = (start: string) => found.find((q) => q.text.startsWith(start));

  it('finds partial and direct quotes with their cue and entity-linked speaker', () => {
    const partial = byText('very serious');
    assert.deepEqual(
      { kind: partial?.kind, cue: partial?.cue, speaker: partial?.speaker },
      {
        kind: 'partial',
        cue: 'described',
        speaker: {
          name: 'Lloyd J. Austin III',
          entityId: 'e1',
          span: { start: text.indexOf('Austin described'), end: text.indexOf('Austin described') + 6 },
        },
      },
    );
    const direct = byText('What exactly');
    assert.equal(direct?.kind, 'direct');
    assert.equal(direct?.speaker?.entityId, 'e1');
    assert.equal(direct?.rule, 'quote-speaker-after');
  });

  it('keeps a quote split by its cue as one quote in fragments', () => {
    const cha = byText('This is a real');
    assert.ok(cha);
    assert.deepEqual(
      cha.fragments?.map((f) => slice(text, f)),
      ['This is a real ‘no-limits partnership,’', 'We are in a whole different era.'],
    );
    assert.equal(cha.speaker?.name, 'Victor Cha');
    assert.equal(slice(text, cha.speaker!.span), 'Victor Cha');
  });

  it('resolves "he added" to the nearest earlier person, keeping the pronoun as the span', () => {
    const added = byText('This is happening');
    assert.equal(added?.speaker?.name, 'Volodymyr Zelensky');
    assert.equal(slice(text, added!.speaker!.span), 'he');
  });

  it('finds reported speech with the content as text and the group as speaker', () => {
    const analysts = found.find((q) => q.kind === 'indirect' && q.speaker?.name === 'analysts');
    assert.equal(analysts?.text, 'that this new phase reflects growing desperation');
    assert.equal(analysts?.speaker?.entityId, null);
    const confirmed = found.find((q) => q.kind === 'indirect' && q.cue === 'confirmed');
    assert.equal(confirmed?.speaker?.entityId, 'e1');
  });

  it('gives valid spans and the same output twice', () => {
    assertValid(text, found);
    assert.deepEqual(quotes(text, entities), found);
  });

  it('uses the mention text and a null entity when no entity matches', () => {
    const t = '“We will not back down,” the Kremlin said.';
    assert.deepEqual(quotes(t)[0].speaker, {
      name: 'the Kremlin',
      entityId: null,
      span: { start: t.indexOf('the Kremlin'), end: t.indexOf(' said') },
    });
  });

  it('reads "…, Cha suggested, …" as one report in two fragments', () => {
    const t = 'Kim’s ultimate goal, Cha suggested, could be to enhance his missile capabilities.';
    const q = quotes(t).find((x) => x.kind === 'indirect');
    assert.deepEqual(
      q?.fragments?.map((f) => slice(t, f)),
      ['Kim’s ultimate goal', 'could be to enhance his missile capabilities'],
    );
    assert.equal(q?.speaker?.name, 'Cha');
  });

  it('takes no cue from a name ("the United States") and skips a false opener ("Hours later, …")', () => {
    const states = 'Clinton told donors that the United States should stay "open to refugees" for now.';
    assert.equal(slice(states, quotes(states)[0].speaker?.span ?? { start: 0, end: 0 }), 'Clinton');
    const later = 'Hours later, Trump returned the compliment, telling Reuters, "He is an amazing man."';
    assert.equal(quotes(later)[0].speaker?.name, 'Trump');
  });

  it('gives a quote relayed "according to" an outlet to that outlet', () => {
    const text = '"I ask you as a personal courtesy to me," Sanders said, according to CNN. "It matters."';
    assert.equal(quotes(text)[0].speaker?.name, 'CNN');
  });

  it('reads "the retired neurosurgeon told REVOLT TV" as the neurosurgeon speaking', () => {
    const text =
      'Carson spoke.\n\n"They have to stop and listen," the retired neurosurgeon told REVOLT TV in a video.';
    const q = quotes(text).find((x) => x.text.startsWith('They'));
    assert.equal(slice(text, q?.speaker?.span ?? { start: 0, end: 0 }), 'the retired neurosurgeon');
  });

  it('takes "Grubbs said" after a quotation that lost its comma', () => {
    const text = 'Paul spoke first.\n\n"The Iowa caucus is a battle of niches" Grubbs said. "It is."';
    const q = quotes(text).find((x) => x.text.startsWith('The Iowa'));
    assert.equal(q?.speaker?.name, 'Grubbs');
  });

  it('gives a partial quote ending “…,” to the named cue that closes the sentence', () => {
    const text = 'Nothing the president said "will assuage people\'s fears," the Florida senator said.';
    assert.equal(slice(text, quotes(text)[0].speaker?.span ?? { start: 0, end: 0 }), 'the Florida senator');
  });

  it('prefers a named cue after a partial quote to a model cue before it', () => {
    const text =
      'He was a "respected manager and appreciated for his qualities," Boistard said in a statement.';
    assert.equal(quotes(text)[0].speaker?.name, 'Boistard');
  });

  it('drops scare quotes and titles that nothing marks as speech', () => {
    assert.deepEqual(quotes('The so-called “deal” fell apart after the “Face the Nation” broadcast.'), []);
  });

  it('finds no reported speech with the empty model, but still finds marked quotes', () => {
    const t = 'Officials said the talks failed. “It is over,” the minister said.';
    const found2 = findQuotes(readAttribution(readDoc(t, null), [], lexicon), EMPTY_QUOTE_MODEL);
    assert.deepEqual(
      found2.map((q) => [q.kind, q.text]),
      [['direct', 'It is over,']],
    );
  });
});

describe('findQuotes on the seed article', () => {
  const resources = loadResources();
  it(
    'finds the 8 quoted passages with their speakers and the indirect reports',
    needsShared(SEED_PATH),
    () => {
      const seed = readShared(SEED_PATH);
      const doc = readDoc(seed, null);
      // The whole shipped pipeline: speakers resolve to whatever entities the recogniser finds.
      const found = findQuotes(
        readAttribution(doc, findEntities(doc, resources.ner, lexicon), lexicon),
        resources.quotes,
      );
      assertValid(seed, found);
      const quoted = found.filter((q) => q.kind !== 'indirect');
      const passages = quoted.flatMap((q) => (q.fragments ?? [q.span]).map(() => q.speaker?.name ?? null));
      assert.equal(passages.length, 8);
      const speakerOf = (start: string) => quoted.find((q) => q.text.startsWith(start))?.speaker?.name ?? '';
      assert.match(speakerOf('very serious'), /Austin/);
      assert.match(speakerOf('What exactly'), /Austin/);
      assert.match(speakerOf('left to be seen'), /Austin/);
      assert.match(speakerOf('This is a real'), /Victor Cha/);
      assert.match(speakerOf('I wouldn’t say'), /Zelensky/);
      assert.match(speakerOf('This indicates'), /Zelensky/);
      const indirect = found.filter((q) => q.kind === 'indirect');
      assert.ok(
        indirect.some((q) => /Cha/.test(q.speaker?.name ?? '') && q.text.startsWith('Kim’s ultimate goal')),
      );
      assert.ok(indirect.some((q) => q.speaker?.name === 'Experts'));
      assert.ok(indirect.some((q) => q.speaker?.name === 'analysts'));
    },
  );
});
