import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { type PolnearArticle, readPolnear } from '../../src/eval/polnear.js';
import { joinGold, readSpeakerGold } from '../../src/eval/speakers.js';
import { referentWords } from '../../src/eval/speakers-score.js';
import { readStoryGold } from '../../src/eval/story-gold.js';

// The gold sets are written on PolNeAR, which the project reads from ../shared and never copies.
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const POLNEAR = path.resolve(ROOT, '../shared/data/quotes/polnear');
const GOLD = path.join(ROOT, 'test/gold');
const skip = existsSync(path.join(POLNEAR, 'dev.jsonl'))
  ? false
  : `PolNeAR is not at ${POLNEAR}: the gold sets are checked against the real data only where ../shared is present`;

// PolNeAR's month 10 (train's last month): the 30 days before dev, 12 articles from each outlet.
const MONTH_10 = (a: PolnearArticle) =>
  (a.published ?? '') >= '2016-08-08' && (a.published ?? '') <= '2016-09-07';

describe('the real-news gold sets fit the data they were written on', { skip }, () => {
  const dev = () => readPolnear(path.join(POLNEAR, 'dev.jsonl'));
  const train = () => readPolnear(path.join(POLNEAR, 'train.jsonl'));

  it('story dev: every dev article has exactly one story', () => {
    const articles = dev();
    const gold = readStoryGold(path.join(GOLD, 'stories/dev.jsonl'));
    assert.deepEqual(gold.map((g) => g.id).sort(), articles.map((a) => a.id).sort());
  });

  it('story check: all 84 articles of month 10 of train, and nothing else', () => {
    const month = train().filter(MONTH_10);
    assert.equal(month.length, 84);
    const gold = readStoryGold(path.join(GOLD, 'stories/check.jsonl'));
    assert.deepEqual(gold.map((g) => g.id).sort(), month.map((a) => a.id).sort());
  });

  for (const [name, data] of [
    ['dev', dev],
    ['check', train],
  ] as const) {
    it(`speakers ${name}: every source and antecedent slices to its text and joins a PolNeAR attribution`, () => {
      const articles = data();
      const gold = readSpeakerGold(path.join(GOLD, `speakers/${name}.jsonl`));
      const joined = joinGold(articles, gold, `speakers/${name}.jsonl`);
      assert.equal(joined.size, gold.length, 'no source span appears twice');
      const byId = new Map(articles.map((a) => [a.id, a]));
      for (const g of gold) {
        if (g.type !== 'entity' || g.referent === null) continue;
        // A named referent is named in its article and has a mention there.
        const text = byId.get(g.id)?.text ?? '';
        assert.ok(g.antecedent, `${g.id} ${g.source.text}: a named referent has an antecedent`);
        assert.ok(
          referentWords(g.referent).some((w) => text.includes(w)),
          `${g.id}: "${g.referent}" is not named in the article`,
        );
      }
    });
  }

  it('speakers check: the first five articles of each outlet in month 10, in date then id order', () => {
    const month = train()
      .filter(MONTH_10)
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
    const chosen = new Set<string>();
    const perOutlet = new Map<string, number>();
    for (const a of month) {
      const n = perOutlet.get(a.outlet ?? '') ?? 0;
      if (n < 5) chosen.add(a.id);
      perOutlet.set(a.outlet ?? '', n + 1);
    }
    const goldIds = new Set(readSpeakerGold(path.join(GOLD, 'speakers/check.jsonl')).map((g) => g.id));
    assert.ok(goldIds.size >= 30, `${goldIds.size} articles`);
    for (const id of goldIds) assert.ok(chosen.has(id), `${id} is not one of the chosen articles`);
  });
});
