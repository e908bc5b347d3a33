import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim, Entity } from '../../src/model/index.js';
import { readAttribution } from '../../src/nlp/attribution/context.js';
import { findClaims } from '../../src/nlp/claims.js';
import { buildLexicon } from '../../src/nlp/data/lexicon.js';
import { readDoc } from '../../src/nlp/doc.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

const lexicon = buildLexicon();
const claims = (text: string, entities: Entity[] = []) =>
  findClaims(readAttribution(readDoc(text, null), entities, lexicon));
const brief = (c: Claim) => [c.claimant, c.stance, c.cue, c.text];

/** Spans slice to their text, clauses contain their spans, all in range. */
function assertSound(text: string, found: Claim[]): void {
  for (const c of found) {
    assert.equal(text.slice(c.span.start, c.span.end), c.text);
    assert.ok(
      c.clause && c.clause.start <= c.span.start && c.span.end <= c.clause.end,
      'clause holds the span',
    );
    assert.ok(c.span.start >= 0 && c.span.end <= text.length);
  }
}

describe('findClaims on the seed article', needsShared(SEED_PATH), () => {
  const text = readShared(SEED_PATH);
  const found = findClaims(readAttribution(readDoc(text, '2024-10-24T12:00:00Z'), [], lexicon));

  it('keeps every span sound', () => assertSound(text, found));

  it('finds the confirmation, the denial and the declined comment', () => {
    const byStance = (stance: string) => found.filter((c) => c.stance === stance).map(brief);
    assert.deepEqual(byStance('confirms'), [
      [
        'U.S. Secretary of Defense Lloyd J. Austin III',
        'confirms',
        'confirmed',
        'North Korea has dispatched troops to Russia to support its ongoing war effort in Ukraine',
      ],
    ]);
    assert.deepEqual(byStance('denies'), [
      ['Russian officials', 'denies', 'denied', 'reports of North Korean troop deployments'],
    ]);
    assert.deepEqual(
      byStance('declines').map((c) => c.slice(0, 3)),
      [
        ['U.S. Secretary of Defense Lloyd J. Austin III', 'declines', 'did not disclose'],
        ['The Kremlin', 'declines', 'has not yet commented'],
      ],
    );
  });

  it('finds estimates, reports and speculation where the text says so', () => {
    const pairs = found.map((c) => `${c.claimant} ${c.stance}`);
    for (const want of [
      'American and allied intelligence agencies estimates',
      'U.S. estimates',
      'American intelligence officials reports',
      'U.S. officials reports',
      'Experts speculates',
      'Cha speculates',
      'analysts reports',
      'South Korea’s spy chief reports',
    ]) {
      assert.ok(pairs.includes(want), `${want} in ${JSON.stringify(pairs)}`);
    }
  });

  it('ends a headline claim before the outlet name', () => {
    const ap = found.find((c) => c.claimant === 'South Korea’s spy chief');
    assert.equal(ap?.text, 'North Korea has sent another 1,500 troops to Russia');
  });

  it('leaves direct quotes to the quote finder', () => {
    assert.ok(!found.some((c) => c.cue === 'said' || c.cue === 'remarked'));
  });
});

describe('findClaims reads negation and tense', () => {
  const cases: [string, (string | null)[][]][] = [
    ['The company did not deny that it shared data.', []],
    ['The ministry has never disputed the figures.', []],
    ['Moscow has repeatedly denied that its forces target civilians.', [['Moscow', 'denies', 'denied']]],
    ['The Kremlin declined to comment on the report.', [['The Kremlin', 'declines', 'declined to comment']]],
    [
      'A spokesman for the ministry did not respond to a request.',
      [['A spokesman for the ministry', 'declines', 'did not respond']],
    ],
    [
      'The embassy could not be reached for comment.',
      [['The embassy', 'declines', 'could not be reached for comment']],
    ],
    [
      'Officials would neither confirm nor deny the meeting.',
      [['Officials', 'declines', 'would neither confirm']],
    ],
    [
      'Russian officials have never confirmed the presence of troops.',
      [['Russian officials', 'declines', 'have never confirmed']],
    ],
    ['The dam was poorly maintained, critics said.', [['critics', 'reports', 'said']]],
    ['Police confirmed that three suspects had been arrested.', [['Police', 'confirms', 'confirmed']]],
    ['The reported attack has not been verified.', []],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => {
      const found = claims(text);
      assertSound(text, found);
      assert.deepEqual(
        found.map((c) => [c.claimant, c.stance, c.cue]),
        want,
      );
    });
  }
});

describe('findClaims attributes', () => {
  it('reads "according to" as a report of the rest of the sentence', () => {
    const text = 'According to the interior ministry, the attacker acted alone.';
    assert.deepEqual(claims(text).map(brief), [
      ['the interior ministry', 'reports', 'According to', 'the attacker acted alone'],
    ]);
  });

  it('names a claimant by its entity, and "he" by the nearest person entity, else by the last claimant named', () => {
    const text = 'Austin confirmed the deployment. He did not say how many troops went.';
    assert.deepEqual(
      claims(text).map((c) => c.claimant),
      ['Austin', 'Austin'],
    );
    const austin: Entity = {
      id: 'p1',
      name: 'Lloyd J. Austin III',
      type: 'PERSON',
      aliases: ['Austin'],
      roles: [],
      mentions: [{ start: 0, end: 6 }],
    };
    assert.deepEqual(
      claims(text, [austin]).map((c) => [c.claimant, c.claimantId]),
      [
        ['Lloyd J. Austin III', 'p1'],
        ['Lloyd J. Austin III', 'p1'],
      ],
    );
  });

  it('takes the clause before a closing attribution as its proposition', () => {
    const text = 'The fire had burned 24,300 acres by Wednesday, the State Fire Service said.';
    assert.deepEqual(claims(text).map(brief), [
      ['the State Fire Service', 'reports', 'said', 'The fire had burned 24,300 acres by Wednesday'],
    ]);
    assert.deepEqual(claims('“We will win,” the union said on Saturday.'), []);
  });

  it('reads subjects across asides, relative clauses and coordinated verbs', () => {
    const text =
      'A senior official, speaking on condition of anonymity, said the plan was dead. The governor, who denied wrongdoing, resigned. The agency acknowledged the error but denied any cover-up. Sources close to the talks said a deal was near.';
    assert.deepEqual(claims(text).map(brief), [
      ['A senior official', 'reports', 'said', 'the plan was dead'],
      ['The governor', 'denies', 'denied', 'wrongdoing'],
      ['The agency', 'confirms', 'acknowledged', 'the error'],
      ['The agency', 'denies', 'denied', 'any cover-up'],
      ['Sources close to the talks', 'reports', 'said', 'a deal was near'],
    ]);
  });

  it('skips conditions, orders and participles', () => {
    const none = [
      'If members reject the offer, the strike goes on.',
      'The number of people told to leave rose.',
      'Two people reported missing were found.',
      'Some found nothing left but chimneys.',
    ];
    for (const text of none) assert.deepEqual(claims(text), [], text);
  });

  it('opens the proposition at "that" only before the clause begins', () => {
    assert.deepEqual(
      claims('The union said it would announce the result that evening.').map((c) => c.text),
      ['it would announce the result that evening'],
    );
    assert.deepEqual(
      claims('Ukraine’s envoy told reporters on Monday that talks had stalled.').map((c) => c.text),
      ['talks had stalled'],
    );
  });

  it('does not take a word such as "constructor" for a cue', () => {
    assert.deepEqual(claims('The constructor toString valueOf built 300 homes.'), []);
  });
});

describe('findClaims on hostile input', () => {
  it('stays linear and sound on a run-on sentence of cues', () => {
    const text = 'officials said that troops arrived and '.repeat(5000);
    const found = claims(text);
    assert.equal(found.length, 5000);
    assertSound(text, found);
  });

  it('survives quotes, lone surrogates and empty text', () => {
    for (const text of ['', '"', '“ said ” denied', '\ud800 denied \udfff', 'declined to', 'not']) {
      assertSound(text, claims(text));
    }
  });
});
