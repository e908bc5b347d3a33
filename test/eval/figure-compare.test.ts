import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  sameClaimant,
  sameNumber,
  sameSubjectHead,
  singular,
  subjectHead,
} from '../../src/eval/figure-compare.js';

describe('subject head rule', () => {
  it('stops at the first post-modifier opener', () => {
    const cases: [string, string][] = [
      ['registered voters who back the incumbent', 'voter'],
      ['ballots still to be counted', 'ballot'],
      ["money raised by Bernie Sanders' campaign in January", 'money'],
      ['delegates needed to win the Republican presidential nomination', 'delegate'],
      ['likely voters in a four-way race choosing Clinton', 'voter'],
      ['Democratic voters viewing Sanders as honest', 'voter'],
      ["Clinton's lead over Trump among likely voters", 'lead'],
      ['population of American Samoa', 'population'],
      ['votes cast in the American Samoa caucus', 'vote'],
      ['people shot dead in San Bernardino', 'people'],
      ['the dead and wounded', 'wounded'],
      ['federally mandated minimum wage sought by the protesters', 'wage'],
      ['Republican nominating contests held so far', 'contest'],
      ['pledged delegates won by Trump', 'delegate'],
      ['businesses represented by the federation', 'business'],
      ['bonuses for bankers', 'bonus'],
      ['species to be protected', 'species'],
      ['tax cuts in the plan', 'cut'],
    ];
    for (const [subject, head] of cases) assert.equal(subjectHead(subject), head, subject);
  });

  it('reads a bare head and nothing', () => {
    assert.equal(subjectHead('troops'), 'troop');
    assert.equal(subjectHead('The Troops.'), 'troop');
    assert.equal(subjectHead(null), null);
    assert.equal(subjectHead('  '), null);
    assert.equal(subjectHead('the'), null);
    assert.ok(sameSubjectHead(null, undefined));
    assert.ok(!sameSubjectHead('voters', null));
    assert.ok(sameSubjectHead('Republican voters backing Trump', 'likely voters'));
    assert.ok(!sameSubjectHead('votes won by Trump', 'voters backing Trump'));
  });

  it('singularises without breaking short words', () => {
    assert.deepEqual(['votes', 'bus', 'class', 'status', 'churches', 'counties', 'news'].map(singular), [
      'vote',
      'bus',
      'class',
      'status',
      'church',
      'county',
      'news',
    ]);
  });
});

describe('claimant match rule', () => {
  it('matches the same entity however it is written', () => {
    const same: [string, string][] = [
      ["Bernie Sanders' campaign", 'Sanders'],
      ['Mr. Trump', 'Donald Trump'],
      ['Quinnipiac', 'a Quinnipiac University poll'],
      ['the Associated Press', 'AP'],
      ['Federal Election Commission', 'FEC filings'],
      ['CNN/ORC', 'CNN'],
      ['Washington Post/ABC News', 'ABC News'],
      ['The Times', 'The New York Times'],
      ['the campaign', 'The campaign'],
      ['Sen. Ted Cruz', 'Cruz'],
    ];
    for (const [g, p] of same) assert.ok(sameClaimant(g, p), `${g} = ${p}`);
  });

  it('keeps different entities and a missing claimant apart', () => {
    const different: [string | null, string | null][] = [
      ['the Clinton campaign', 'the Trump campaign'],
      ['the campaign', 'Trump'],
      ['Bloomberg', 'NBC/Wall Street Journal'],
      ['Sanders', null],
      [null, 'Sanders'],
    ];
    for (const [g, p] of different) assert.ok(!sameClaimant(g, p), `${g} ≠ ${p}`);
    assert.ok(sameClaimant(null, null));
    assert.ok(sameClaimant(null, undefined));
  });
});

describe('number agreement', () => {
  it('allows the rounding of stored fractions but not a different count', () => {
    assert.ok(sameNumber(66.67, 200 / 3));
    assert.ok(sameNumber(33.33, 100 / 3));
    assert.ok(sameNumber(0.2, 0.2));
    assert.ok(!sameNumber(1411, 1410));
    assert.ok(!sameNumber(0.3, 0.2));
    assert.ok(sameNumber(null, null));
    assert.ok(!sameNumber(0, null));
  });
});
