import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Quote } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import { loadQuoteModel } from '../../src/nlp/quote-model-load.js';
import { findQuotes } from '../../src/nlp/quotes.js';
import { MODELS_DIR } from '../../src/resources.js';

const model = loadQuoteModel(MODELS_DIR);
const lexicon = buildLexicon();

/** Runs the quote stage and checks every span: in range, ordered, slicing to the text (fragments joined). */
function run(text: string): Quote[] {
  const found = findQuotes(readAttribution(readDoc(text, null), [], lexicon), model);
  for (const q of found) {
    assert.ok(q.span.start >= 0 && q.span.start <= q.span.end && q.span.end <= text.length, 'span in range');
    const parts = q.fragments ?? [q.span];
    assert.equal(q.text, parts.map((f) => text.slice(f.start, f.end)).join(' '));
    if (q.speaker) assert.ok(q.speaker.span.end <= text.length && q.speaker.span.start < q.speaker.span.end);
  }
  return found;
}

describe('findQuotes on hostile input', () => {
  it('survives unbalanced and stray marks of every kind', () => {
    run('“Hello, he said. "What ” is ‘ this. « no close\n\nNext para ” “ “ “\n\n’’’ """ «««');
    run('"');
    run('');
  });

  it('survives a quote mark in every word', () => {
    const text = Array.from({ length: 20000 }, (_, i) => (i % 2 ? `"w${i}` : `w${i}"`)).join(' ');
    run(text);
  });

  it('finds 10,000 quotes in one article (pairs resumed after their cue merge into one)', () => {
    const text = Array.from({ length: 10000 }, (_, i) => `“Quote number ${i},” she said.`).join('\n');
    assert.equal(run(text).length, 10000);
  });

  it('resolves 10,000 pronoun and name speakers against 10,000 entity mentions', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) => `Smith${i} spoke. “Yes ${i},” he said. “No,” Smith${i} said.`,
    ).join('\n');
    const mentions = [...text.matchAll(/Smith\d+/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    const entities: Entity[] = mentions.map((span, i) => ({
      id: `e${i}`,
      name: text.slice(span.start, span.end),
      type: 'PERSON',
      aliases: [],
      roles: [],
      mentions: [span],
    }));
    const found = findQuotes(readAttribution(readDoc(text, null), entities, lexicon), model);
    assert.equal(found.length, 10000);
    assert.equal(found[0].speaker?.entityId, 'e0');
    assert.equal(found[1].speaker?.entityId, 'e1');
  });

  it('skips quotes with no text', () => {
    const found = run('He said “” and “ ” and "" then ‘’ and «».');
    assert.deepEqual(
      found.filter((q) => q.kind !== 'indirect'),
      [],
    );
  });

  it('handles a 5 MB paragraph', () => {
    // One paragraph, no newline: long runs of prose with a quotation now and then.
    const prose =
      'the committee met again on the budget and the weather held over the city while talks went on, '.repeat(
        10,
      );
    const text = `${prose}the minister said “the plan works” and analysts say it is fine, `.repeat(5200);
    assert.ok(text.length > 5_000_000);
    assert.ok(run(text).length > 0);
  });

  it('resolves a 5 MB paragraph of pronouns to no one, in bounded time', () => {
    const text = 'He said she would go, and they said it was late, so she told him. '.repeat(76000);
    assert.ok(text.length > 5_000_000);
    const started = Date.now();
    const found = run(text);
    assert.ok(Date.now() - started < 60_000, 'no runaway time');
    assert.ok(
      found.every((q) => q.speaker === null || q.speaker.entityId === null),
      'no names, no entities',
    );
  });

  it('survives quotations nested five deep and keeps the outer speaker', () => {
    const text =
      'Mr. Lee said: “A told me ‘B told me “C told me ‘D told me “stop” today’ then” again’ twice,” he said.';
    const entities: Entity[] = [
      { id: 'e1', name: 'Lee', type: 'PERSON', aliases: [], roles: [], mentions: [{ start: 4, end: 7 }] },
    ];
    const found = findQuotes(readAttribution(readDoc(text, null), entities, lexicon), model);
    run(text);
    assert.ok(found.length > 0);
    assert.ok(found.every((q) => q.speaker === null || q.speaker.entityId === 'e1'));
  });

  it('gives null speakers where an article names no one', () => {
    const found = run('“We will fight,” he said. “It is over,” she added. Officials said the plan failed.');
    assert.ok(found.length >= 2);
    assert.ok(found.every((q) => q.speaker?.entityId == null));
    assert.equal(
      run('“Never.”\n\n“Not now, not ever.”').every((q) => q.speaker === null),
      true,
    );
  });
});
