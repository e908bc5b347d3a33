import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gateBrief } from '../../src/brief/gate.js';
import { markdownWithSpans } from '../../src/brief/markdown.js';
import type { Brief, BriefSentence } from '../../src/brief/types.js';
import type { VerifyItem, VerifyReport } from '../../src/model/index.js';

const sentence = (text: string, n: number): BriefSentence => ({
  text,
  citations: [n],
  kind: 'generated',
  source: null,
});

function brief(): Brief {
  return {
    storyId: 's',
    title: 'A story',
    sections: [
      { id: 'lead', heading: null, paragraphs: [[sentence('The port reopened on Monday.', 1)]] },
      {
        id: 'quotes',
        heading: 'What they said',
        paragraphs: [[sentence('Ann Lee said: “We are back to work.”', 2)]],
      },
    ],
    sources: [1, 2].map((n) => ({
      n,
      articleId: `a${n}`,
      title: `T${n}`,
      outlet: null,
      published: null,
      url: null,
    })),
    quotes: [
      {
        text: 'We are back to work.',
        speaker: 'Ann Lee',
        n: 2,
        citation: { articleId: 'a2', span: { start: 0, end: 20 } },
      },
    ],
    figures: [],
    notes: ['The sources give no figures.'],
  };
}

/** A check that finds every item containing `word` unsupported. */
function flagging(word: string, calls: string[]): (md: string) => VerifyReport {
  return (md) => {
    calls.push(md);
    const at = md.indexOf(word);
    const items: VerifyItem[] =
      at < 0
        ? []
        : [
            {
              kind: 'quote',
              text: word,
              span: { start: at, end: at + word.length },
              verdict: 'altered',
              source: null,
              note: '',
            },
          ];
    return { items, summary: { supported: 0, altered: items.length, unsupported: 0, contradicted: 0 } };
  };
}

describe('gateBrief', () => {
  it('leaves out the sentence verify does not support, with its quote, and says the section is gone', () => {
    const calls: string[] = [];
    const { brief: gated, dropped } = gateBrief(brief(), flagging('back to work', calls));
    assert.equal(dropped, 1);
    assert.deepEqual(
      gated.sections.map((s) => s.id),
      ['lead'],
    );
    assert.deepEqual(gated.quotes, []);
    assert.ok(gated.notes.includes('The sources quote no one.'));
    // Checked once more after the drop, and found clean.
    assert.equal(calls.length, 2);
  });

  it('keeps a brief verify supports whole, and locates each sentence exactly in the Markdown', () => {
    const b = brief();
    const { brief: gated, dropped } = gateBrief(b, flagging('no such words', []));
    assert.equal(dropped, 0);
    assert.deepEqual(gated, b);
    const { markdown, spans } = markdownWithSpans(b);
    for (const [s, at] of spans) assert.ok(markdown.slice(at.start, at.end).startsWith(s.text.slice(0, 10)));
  });
});
