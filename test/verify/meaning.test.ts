import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toArticle } from '../../src/ingest/article.js';
import type { Analysis, VerifyItem, VerifyReport } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { identityOver } from '../../src/registry/index.js';
import { loadPlaces, loadResources } from '../../src/resources.js';
import { verifyDraft } from '../../src/verify/verify.js';

/** Verify on small real texts through the shipped pipeline: what each rule of issue 15 decides. */

const resources = loadResources();
const places = loadPlaces();

function source(text: string, outlet = 'The Test Wire'): Analysis {
  return analyze(toArticle({ title: 'Report', text, outlet, published: '2026-03-01' }), resources);
}

function check(draft: string, sources: Analysis[]): VerifyReport {
  return verifyDraft(draft, sources, resources, { identify: (all) => identityOver(all, places) });
}

function item(report: VerifyReport, kind: VerifyItem['kind'], text: string): VerifyItem {
  const found = report.items.find((i) => i.kind === kind && i.text.includes(text));
  assert.ok(
    found,
    `no ${kind} with “${text}” in ${report.items.map((i) => `${i.kind}:${i.text}`).join(' | ')}`,
  );
  return found;
}

describe('numbers as written', () => {
  const wire = source(
    'The program will cost $1.2 billion, the ministry said. Unemployment rose to 41.2 percent in March. ' +
      'About 648,000 people were displaced by the floods. The agency counted about 2,500 troops at the border. ' +
      'The city has 312,000 residents. Turnout rose by 5 percentage points.',
  );

  it('takes $1,200 million for $1.2 billion and an approximation for the figure it rounds', () => {
    const r = check(
      'The program will cost $1,200 million. About 650,000 people were displaced by the floods.',
      [wire],
    );
    assert.equal(item(r, 'figure', '$1,200 million').verdict, 'supported');
    assert.equal(item(r, 'figure', '650,000').verdict, 'supported');
  });

  it('flags a moved digit in an exact number', () => {
    const r = check('Unemployment rose to 41.3 percent in March. The city has 318,000 residents.', [wire]);
    assert.notEqual(item(r, 'figure', '41.3').verdict, 'supported');
    assert.notEqual(item(r, 'figure', '318,000').verdict, 'supported');
  });

  it('calls an exact number the source gives only approximately altered, and points not percent', () => {
    const r = check('The agency counted 2,500 troops at the border. Turnout rose by 5 percent.', [wire]);
    const exact = item(r, 'figure', '2,500');
    assert.equal(exact.verdict, 'altered');
    assert.match(exact.note, /only approximately/);
    assert.notEqual(item(r, 'figure', '5 percent').verdict, 'supported');
  });
});

describe('claims by meaning', () => {
  const wire = source(
    'The Kremlin did not respond to a request for comment. Pentagon officials acknowledged that the ' +
      'drills took place near the border. Governor Reyes dismissed reports that the plant would close. ' +
      'Senator Alvarez said the budget deal protected rural hospitals.',
  );

  it('takes "has not commented" for "did not respond to a request for comment"', () => {
    const r = check('The Kremlin has not commented.', [wire]);
    assert.equal(item(r, 'claim', 'Kremlin').verdict, 'supported');
  });

  it('takes "confirmed" for "acknowledged" and "denied" for "dismissed"', () => {
    const r = check(
      'Pentagon officials confirmed that the drills took place near the border. ' +
        'Governor Reyes denied reports that the plant would close.',
      [wire],
    );
    assert.equal(item(r, 'claim', 'Pentagon officials confirmed').verdict, 'supported');
    assert.equal(item(r, 'claim', 'Governor Reyes denied').verdict, 'supported');
  });

  it('flags a denial where the source has a statement, and a negated proposition', () => {
    const denied = check('Senator Alvarez denied the budget deal protected rural hospitals.', [wire]);
    assert.notEqual(item(denied, 'claim', 'Alvarez').verdict, 'supported');
    const negated = check('Senator Alvarez said the budget deal did not protect rural hospitals.', [wire]);
    assert.notEqual(item(negated, 'claim', 'Alvarez').verdict, 'supported');
  });

  it('needs the proposition’s content words, not only the claimant', () => {
    const r = check('Senator Alvarez said the budget deal raised taxes on farmers.', [wire]);
    assert.equal(item(r, 'claim', 'Alvarez').verdict, 'unsupported');
  });

  it('takes "U.S." and "The United States" for one claimant', () => {
    const us = source('The United States said the sanctions would remain in place until the talks resume.');
    const r = check('The U.S. said the sanctions would remain in place until the talks resume.', [us]);
    assert.equal(item(r, 'claim', 'sanctions').verdict, 'supported', item(r, 'claim', 'sanctions').note);
  });
});

describe('speakers by identity', () => {
  const debate = source(
    '“We will build a great wall,” Donald Trump said on Monday. Hillary Clinton answered him the next day. ' +
      '“We are stronger together,” Clinton said in Ohio.',
  );

  it('flags a quote of one candidate given to the other, even when the source names both nearby', () => {
    const r = check('“We will build a great wall,” Hillary Clinton said on Monday.', [debate]);
    const q = item(r, 'quote', 'great wall');
    assert.equal(q.verdict, 'altered');
    assert.match(q.note, /attributes these words to Donald Trump, not Hillary Clinton/);
  });

  it('supports the quote with its own speaker', () => {
    const r = check('“We are stronger together,” Clinton said.', [debate]);
    assert.equal(item(r, 'quote', 'stronger together').verdict, 'supported');
  });
});

describe('copied sentences', () => {
  const wire = source('Mayor Linda Park said the bridge would reopen in May, after repairs to its deck.');

  it('flags "said" turned into "denied" and a swapped claimant', () => {
    const denied = check(
      'Mayor Linda Park denied the bridge would reopen in May, after repairs to its deck.',
      [wire],
    );
    assert.ok(
      denied.items.some((i) => i.verdict !== 'supported'),
      JSON.stringify(denied.items),
    );
    const swapped = check(
      'Governor Tom Reyes said the bridge would reopen in May, after repairs to its deck.',
      [wire],
    );
    assert.ok(
      swapped.items.some((i) => i.verdict !== 'supported'),
      JSON.stringify(swapped.items),
    );
  });

  it('leaves the same sentence alone', () => {
    const same = check('Mayor Linda Park said the bridge would reopen in May, after repairs to its deck.', [
      wire,
    ]);
    assert.ok(same.items.length > 0);
    assert.ok(
      same.items.every((i) => i.verdict === 'supported'),
      JSON.stringify(same.items),
    );
  });
});
