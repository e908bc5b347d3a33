import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { evalQuotes } from '../../src/eval/quotes.js';
import {
  emptyCounts,
  finishScore,
  type GoldQuote,
  matchQuotes,
  scoreArticle,
  speakerMatches,
  trimSpan,
} from '../../src/eval/quotes-score.js';
import { needsShared, SHARED } from '../shared.js';

const span = (start: number, end: number) => ({ start, end });
const gold = (start: number, end: number, source: [number, number, string] | null = null): GoldQuote => ({
  content: span(start, end),
  source: source ? span(source[0], source[1]) : null,
  sourceText: source ? source[2] : null,
  quoted: true,
});

describe('quotes metric', () => {
  it('matches one-to-one, largest overlap first, at half of the shorter span', () => {
    // Prediction 0 overlaps both golds; gold 1 has the larger overlap, so prediction 1 gets gold 0.
    assert.deepEqual(matchQuotes([span(5, 20), span(0, 6)], [span(0, 10), span(8, 20)]), [
      [0, 1],
      [1, 0],
    ]);
    // 4 of 10 characters of the shorter overlap: below half, no match.
    assert.deepEqual(matchQuotes([span(0, 10)], [span(6, 30)]), []);
    assert.deepEqual(matchQuotes([span(0, 10)], [span(5, 30)]), [[0, 0]]);
  });

  it('credits a speaker by overlapping mention or a shared capitalised word', () => {
    const g = gold(0, 10, [20, 30, 'Sen. Lindsey Graham']);
    assert.equal(speakerMatches({ name: 'he', span: span(25, 27) }, g), true);
    assert.equal(speakerMatches({ name: 'Lindsey Graham', span: span(50, 56) }, g), true);
    assert.equal(speakerMatches({ name: 'graham', span: span(50, 56) }, g), false);
    assert.equal(speakerMatches(null, g), false);
  });

  it('trims quote marks, punctuation and spaces before comparing spans exactly', () => {
    const text = 'He said, “It is over.” ';
    assert.deepEqual(trimSpan(text, span(8, text.length)), span(10, 20));
  });

  it('scores precision, recall, F1, speaker accuracy and exact share', () => {
    const text = 'Smith said: “We will win.” Then more text follows here.';
    const counts = emptyCounts();
    scoreArticle(
      text,
      [
        { span: span(13, 25), kind: 'direct', speaker: { name: 'Smith', span: span(0, 5) } },
        { span: span(27, 40), kind: 'indirect', speaker: null },
      ],
      [gold(12, 26, [0, 5, 'Smith'])],
      counts,
    );
    const s = finishScore(counts);
    assert.deepEqual(
      { p: s.precision, r: s.recall, speaker: s.speakerAccuracy, exact: s.exactShare },
      { p: 0.5, r: 1, speaker: 1, exact: 1 },
    );
    assert.equal(s.f1, 2 / 3);
  });
});

describe('dossier eval quotes on PolNeAR dev', () => {
  const dev = path.resolve(SHARED, 'data', 'quotes', 'polnear', 'dev.jsonl');
  it('keeps the shipped figures', needsShared(dev), async () => {
    const report = await evalQuotes({ data: dev, progress: () => {} });
    const { quoted, all } = report.metrics as {
      quoted: { f1: number; speakerAccuracy: number };
      all: { f1: number };
    };
    // Floors a little under the measured figures, so a regression fails and noise does not.
    assert.ok(quoted.f1 >= 0.9, `quoted F1 ${quoted.f1}`);
    assert.ok(quoted.speakerAccuracy >= 0.85, `speaker ${quoted.speakerAccuracy}`);
    assert.ok(all.f1 >= 0.74, `all F1 ${all.f1}`);
  });
});
