import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { evalSpeakers, joinGold, readSpeakerGold } from '../../src/eval/speakers.js';
import {
  emptyTally,
  groupHead,
  type PredictedSpeaker,
  referentWords,
  resolvesTo,
  type SpeakerGoldItem,
  share,
  tallyAttribution,
} from '../../src/eval/speakers-score.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-speakers-'));
const file = (name: string, lines: unknown[]) => {
  const p = path.join(dir, name);
  writeFileSync(p, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return p;
};

const item = (over: Partial<SpeakerGoldItem>): SpeakerGoldItem => ({
  id: 'a',
  source: { start: 100, end: 102, text: 'he' },
  kind: 'pronoun',
  referent: 'Donald J. Trump',
  type: 'entity',
  antecedent: { start: 10, end: 25, text: 'Donald J. Trump' },
  ...over,
});
const said = (
  name: string,
  start = 100,
  end = 102,
  entityMentions: Array<{ start: number; end: number }> = [],
) => ({ name, span: { start, end }, entityMentions }) satisfies PredictedSpeaker;

describe('speaker resolution metric', () => {
  it('identifies a named referent by its capitalised words, titles aside', () => {
    assert.deepEqual(referentWords('Donald J. Trump'), ['Donald', 'J', 'Trump']);
    assert.deepEqual(referentWords('Sen. Lindsey Graham'), ['Lindsey', 'Graham']);
    assert.deepEqual(referentWords('@nycsouthpaw'), ['nycsouthpaw']);
    assert.deepEqual(referentWords('13th amendment'), ['13th', 'amendment']);
  });

  it('reads a group label by its head word', () => {
    assert.equal(groupHead('anonymous sources'), 'source');
    assert.equal(groupHead('46 percent of likely voters'), 'percent');
    assert.equal(groupHead('you (the reader)'), 'you');
    assert.equal(groupHead("Trump's surrogates"), 'surrogate');
    assert.equal(groupHead('people in other cities'), 'people');
  });

  it('resolves a named referent by a shared word or by the same entity, never a pronoun left as is', () => {
    const gold = item({});
    assert.equal(resolvesTo(said('Trump'), gold), true);
    assert.equal(resolvesTo(said('Mr. Trump'), gold), true);
    assert.equal(resolvesTo(said('Hillary Clinton'), gold), false);
    assert.equal(resolvesTo(said('he'), gold), false, 'the unresolved pronoun is not the referent');
    assert.equal(resolvesTo(null, gold), false, 'no speaker is wrong');
    // Same entity: a mention of the predicted entity is the gold antecedent, whatever its name.
    assert.equal(resolvesTo(said('the candidate', 100, 102, [{ start: 12, end: 20 }]), gold), true);
    assert.equal(resolvesTo(said('the candidate', 100, 102, [{ start: 30, end: 40 }]), gold), false);
    // Lenient on family names, as the README says.
    assert.equal(resolvesTo(said('Bill Clinton'), item({ referent: 'Hillary Clinton' })), true);
    assert.equal(resolvesTo(said('the Trump campaign'), item({ referent: null, type: null })), false);
  });

  it('resolves a group by its head word, its antecedent, or a description kept as it is', () => {
    const officials = item({
      kind: 'description',
      source: { start: 100, end: 109, text: 'officials' },
      referent: 'Obama administration officials',
      type: 'group',
      antecedent: null,
    });
    assert.equal(resolvesTo(said('administration officials', 50, 74), officials), true);
    assert.equal(resolvesTo(said('officials', 100, 109), officials), true);
    assert.equal(resolvesTo(said('Barack Obama', 50, 62), officials), false);
    const they = item({
      source: { start: 100, end: 104, text: 'they' },
      referent: 'Oversight Committee Republicans',
      type: 'group',
      antecedent: { start: 40, end: 71, text: 'Oversight Committee Republicans' },
    });
    assert.equal(resolvesTo(said('they', 100, 104), they), false, 'a pronoun kept as it is resolves nothing');
    assert.equal(resolvesTo(said('Republicans', 60, 71), they), true);
    assert.equal(resolvesTo(said('Jim Jordan', 200, 210), they), false);
  });

  it('tallies by kind and by quoted vs reported', () => {
    const tally = emptyTally();
    tallyAttribution(tally, 'pronoun', true, true);
    tallyAttribution(tally, 'pronoun', false, false);
    tallyAttribution(tally, 'description', false, true);
    assert.deepEqual(tally.all, { scored: 3, resolved: 2 });
    assert.deepEqual(tally.pronoun, { scored: 2, resolved: 1 });
    assert.deepEqual(tally.reported, { scored: 2, resolved: 1 });
    assert.deepEqual(tally.pronounQuoted, { scored: 1, resolved: 1 });
    assert.deepEqual(tally.descriptionReported, { scored: 1, resolved: 1 });
    assert.equal(share(tally.all), 0.6667);
    assert.equal(share(tally.descriptionQuoted), 0);
  });
});

const text =
  'Mayor Jane Smith spoke to reporters on Monday about the flood. "We will rebuild the bridge by June," she said.';
const part = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, fragments: [[start, start + s.length]], text: s };
};
const polnear = {
  id: 'flood',
  outlet: 'test',
  published: '2024-03-04',
  title: 'Mayor vows to rebuild',
  text,
  attributions: [
    {
      content: part('"We will rebuild the bridge by June,"'),
      source: part('she'),
      cue: part('said'),
      quoted: 'full',
    },
  ],
};
const she = part('she');
const goldLine = {
  id: 'flood',
  source: { start: she.start, end: she.end, text: 'she' },
  kind: 'pronoun',
  referent: 'Jane Smith',
  type: 'entity',
  antecedent: { start: 6, end: 16, text: 'Jane Smith' },
};

describe('eval speakers', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  const data = file('data.jsonl', [polnear]);

  it('scores the pipeline quote matched to a gold source, by kind and by quoted vs reported', async () => {
    const gold = file('gold.jsonl', [goldLine]);
    const report = await evalSpeakers({ data, gold, progress: () => {} });
    const m = report.metrics as Record<string, { scored: number; resolved: number; share: number }>;
    assert.equal(report.metrics.goldAttributions, 1);
    assert.equal(m.all.scored, 1, 'the pipeline finds the one quote');
    assert.equal(m.pronoun.scored, 1);
    assert.equal(m.pronounQuoted.scored, 1);
    assert.equal(m.description.scored, 0);
    assert.equal(m.all.resolved, m.pronoun.resolved);
    assert.match(report.lines[1], /^resolved to the gold referent: \d\.\d{3} \(\d\/1\)$/);
  });

  it('joins the gold to the data and names the line that does not fit', () => {
    const articles = [polnear] as Parameters<typeof joinGold>[0];
    const bad = (over: object) => [{ ...goldLine, ...over }] as SpeakerGoldItem[];
    assert.equal(joinGold(articles, bad({}), 'g').size, 1);
    assert.throws(
      () => joinGold(articles, bad({ id: 'other' }), 'g'),
      /line 1 \(other .*the article is not in the data/,
    );
    assert.throws(
      () => joinGold(articles, bad({ source: { start: 0, end: 3, text: 'she' } }), 'g'),
      /"she" is not at 0-3/,
    );
    assert.throws(
      () => joinGold(articles, bad({ antecedent: { start: 6, end: 16, text: 'Jane Smyth' } }), 'g'),
      /"Jane Smyth" is not at 6-16/,
    );
    assert.throws(
      () => joinGold(articles, bad({ source: { start: 0, end: 5, text: 'Mayor' } }), 'g'),
      /no attribution has this source span/,
    );
  });

  it('rejects a malformed gold and a run without one', async () => {
    assert.throws(
      () => readSpeakerGold(file('kind.jsonl', [{ ...goldLine, kind: 'name' }])),
      /line 1 is not a speaker gold line/,
    );
    assert.throws(
      () => readSpeakerGold(file('half.jsonl', [{ ...goldLine, referent: null }])),
      /referent and type are null together/,
    );
    assert.throws(() => readSpeakerGold(file('empty.jsonl', [''])), /has no lines/);
    await assert.rejects(evalSpeakers({ data, progress: () => {} }), /eval speakers needs the speaker gold/);
  });

  it('refuses --gold for a task that takes none', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        path.join(ROOT, 'src/cli/main.ts'),
        'eval',
        'ner',
        '--data',
        'x',
        '--gold',
        'y',
      ],
      { encoding: 'utf8' },
    );
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /eval ner takes no --gold/);
  });
});
