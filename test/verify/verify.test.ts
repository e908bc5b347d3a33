import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameIdentity } from '../../src/compare/index.js';
import { InputError } from '../../src/errors.js';
import type { Analysis, VerifyItem } from '../../src/model/index.js';
import { loadResources } from '../../src/resources.js';
import { checkClaims } from '../../src/verify/claims.js';
import { checkFigures } from '../../src/verify/figures.js';
import { analysableText } from '../../src/verify/markup.js';
import { checkQuotes } from '../../src/verify/quotes.js';
import { readSources, readText } from '../../src/verify/sources.js';
import { verifyDraft } from '../../src/verify/verify.js';
import { annotate, apLike, nytLike } from '../fixtures/verify/story.js';
import { needsShared, readShared, SEED_PATH } from '../shared.js';

const SEED = readShared(SEED_PATH);
const sources = readSources([nytLike(), apLike()]);
const identity = nameIdentity();

/** The seed article annotated as the extractors should read it. */
function seedDraft(text = SEED): Analysis {
  return annotate(
    { text },
    {
      quotes: [
        { text: 'very serious', speaker: 'Austin', mention: 'Austin described', kind: 'partial' },
        { text: 'What exactly are you doing?', speaker: 'Austin', mention: 'Austin remarked' },
        { text: 'left to be seen.', speaker: 'Austin', mention: 'Austin remarked', kind: 'partial' },
        {
          text: 'I wouldn’t say y have run out of personnel, However, reluctance to mobilize our people is certainly increasing, and re are formats for mobilizing North Korean troops. This is happening.',
          speaker: 'Volodymyr Zelensky',
          mention: 'Zelensky said',
          fragments: [
            'I wouldn’t say y have run out of personnel,',
            'However, reluctance to mobilize our people is certainly increasing, and re are formats for mobilizing North Korean troops. This is happening.',
          ],
        },
      ],
      figures: [
        {
          text: 'approximately 2,500 North Korean troops',
          value: 2500,
          qualifier: 'approx',
          unit: 'troops',
          subject: 'North Korean troops sent to Russia',
          claimant: 'American and allied intelligence agencies',
        },
        {
          text: 'over 600,000',
          value: 600000,
          qualifier: 'atLeast',
          unit: 'dead and wounded',
          subject: 'dead and wounded',
          claimant: 'U.S. estimates',
        },
        {
          text: 'more than a million artillery rounds',
          value: 1000000,
          qualifier: 'atLeast',
          unit: 'artillery rounds',
          subject: 'artillery rounds',
          claimant: null,
        },
        {
          text: 'another 1,500 troops',
          value: 1500,
          increment: true,
          unit: 'troops',
          subject: 'troops sent to Russia',
          claimant: 'South Korea’s spy chief',
        },
      ],
      claims: [
        {
          clause:
            'Lloyd J. Austin III confirmed on Wednesday that North Korea has dispatched troops to Russia',
          text: 'North Korea has dispatched troops to Russia',
          claimant: 'Lloyd J. Austin III',
          stance: 'confirms',
        },
        {
          clause: 'Russian officials have previously denied reports of North Korean troop deployments',
          text: 'reports of North Korean troop deployments',
          claimant: 'Russian officials',
          stance: 'denies',
        },
      ],
    },
  );
}

function byText(items: VerifyItem[], start: string): VerifyItem {
  const item = items.find((i) => i.text.startsWith(start));
  assert.ok(item, `no item starting “${start}”`);
  return item;
}

function assertSpans(text: string, items: VerifyItem[], sourceTexts: Map<string, string>): void {
  for (const item of items) {
    assert.equal(text.slice(item.span.start, item.span.end), item.text);
    if (item.source) {
      assert.equal(
        sourceTexts.get(item.source.articleId)?.slice(item.source.span.start, item.source.span.end),
        item.source.text,
      );
    }
  }
}

const sourceTexts = new Map(sources.map((s) => [s.analysis.article.id, s.analysis.article.text]));

describe('checkQuotes on the seed article', needsShared(SEED_PATH), () => {
  const draft = seedDraft();
  const items = checkQuotes(readText(draft), draft.quotes, sources, identity);

  it('supports Austin’s quotes verbatim with their source wording', () => {
    for (const q of ['very serious', 'What exactly are you doing?', 'left to be seen.']) {
      const item = byText(items, q);
      assert.equal(item.verdict, 'supported', item.note);
      assert.equal(item.source?.articleId, nytLike().article.id);
      assert.equal(item.source?.text.replace(/[.?]$/, ''), q.replace(/[.?]$/, ''));
    }
  });

  it('gives each sentence of the Zelensky quote its own verdict, with the source wording of the altered ones', () => {
    const first = byText(items, 'I wouldn’t say y have');
    assert.equal(first.verdict, 'altered');
    assert.equal(first.note, '“say y have” where the source has “say they have”');
    assert.equal(first.source?.text, 'I wouldn’t say they have run out of personnel');
    const second = byText(items, 'However, reluctance');
    assert.equal(second.verdict, 'altered');
    assert.match(second.note, /“and re are” where the source has “and there are”/);
    assert.match(second.source?.text ?? '', /there are formats for mobilizing North Korean troops$/);
    const third = byText(items, 'This is happening');
    assert.equal(third.verdict, 'supported', third.note);
  });

  it('keeps every span on its text, in the draft and in the source', () => {
    assertSpans(draft.article.text, items, sourceTexts);
  });

  it('flags a sentence the draft adds to a real quotation alone', () => {
    const text = '“What exactly are you doing? We will stop you by winter,” Austin said.';
    const d = annotate(
      { text },
      {
        quotes: [
          {
            text: 'What exactly are you doing? We will stop you by winter,',
            speaker: 'Austin',
            mention: 'Austin said',
          },
        ],
      },
    );
    const [real, invented, ...rest] = checkQuotes(readText(d), d.quotes, sources, identity);
    assert.equal(rest.length, 0);
    assert.deepEqual([real.text, real.verdict], ['What exactly are you doing?', 'supported']);
    assert.deepEqual([invented.text, invented.verdict], ['We will stop you by winter,', 'unsupported']);
    assert.equal(invented.note, 'no source has these words');
  });

  it('flags a verbatim quote put in another speaker’s mouth', () => {
    const text = '“What exactly are you doing?” Victor Cha asked.';
    const d = annotate(
      { text },
      { quotes: [{ text: 'What exactly are you doing?', speaker: 'Victor Cha' }] },
    );
    const [item] = checkQuotes(readText(d), d.quotes, sources, identity);
    assert.equal(item.verdict, 'altered');
    assert.match(item.note, /attributes these words to Lloyd J\. Austin III, not Victor Cha/);
  });

  it('calls a quote no source has unsupported', () => {
    const text = '“We have never been stronger,” Austin said.';
    const d = annotate({ text }, { quotes: [{ text: 'We have never been stronger,', speaker: 'Austin' }] });
    assert.equal(checkQuotes(readText(d), d.quotes, sources, identity)[0].verdict, 'unsupported');
  });
});

describe('checkFigures on the seed article', needsShared(SEED_PATH), () => {
  const draft = seedDraft();
  const items = checkFigures(readText(draft), draft.figures, sources, identity);

  it('labels each figure of the seed article supported by its source', () => {
    assert.deepEqual(
      items.map((i) => [i.text, i.verdict]),
      [
        ['approximately 2,500 North Korean troops', 'supported'],
        ['over 600,000', 'supported'],
        ['more than a million artillery rounds', 'supported'],
        ['another 1,500 troops', 'supported'],
      ],
    );
    assertSpans(draft.article.text, items, sourceTexts);
    assert.equal(items[3].source?.articleId, apLike().article.id);
  });

  it('calls a figure contradicted when its own claimant gives another value', () => {
    const text = 'U.S. estimates put the number of dead and wounded at over 300,000.';
    const d = annotate(
      { text },
      {
        figures: [
          {
            text: 'over 300,000',
            value: 300000,
            qualifier: 'atLeast',
            unit: 'dead and wounded',
            subject: 'dead and wounded',
            claimant: 'U.S. estimates',
          },
        ],
      },
    );
    const [item] = checkFigures(readText(d), d.figures, sources, identity);
    assert.equal(item.verdict, 'contradicted');
    assert.equal(item.source?.text, 'over 600,000');
  });

  it('calls a total told as an increment altered, and a value no source gives unsupported', () => {
    const text = 'North Korea has sent 1,500 troops in all. Some 9,000 troops are ready.';
    const d = annotate(
      { text },
      {
        figures: [
          {
            text: '1,500 troops',
            value: 1500,
            unit: 'troops',
            subject: 'North Korean troops sent to Russia',
            claimant: null,
          },
          {
            text: 'Some 9,000 troops',
            value: 9000,
            qualifier: 'approx',
            unit: 'troops',
            subject: 'North Korean troops',
            claimant: null,
          },
        ],
      },
    );
    const [total, other] = checkFigures(readText(d), d.figures, sources, identity);
    assert.equal(total.verdict, 'altered');
    assert.match(total.note, /increment/);
    assert.equal(other.verdict, 'unsupported');
    assert.match(other.note, /approximately 2,500 North Korean troops/);
  });
});

describe('checkClaims on the seed article', needsShared(SEED_PATH), () => {
  it('supports the same claimant and stance and flags the opposite stance', () => {
    const draft = seedDraft();
    const items = checkClaims(readText(draft), draft.claims, sources, identity);
    assert.deepEqual(
      items.map((i) => i.verdict),
      ['supported', 'supported'],
    );
    const text = 'Russian officials confirmed that North Korean troops were in Russia.';
    const d = annotate(
      { text },
      {
        claims: [
          {
            clause: text.slice(0, -1),
            text: 'North Korean troops were in Russia',
            claimant: 'Russian officials',
            stance: 'confirms',
          },
        ],
      },
    );
    const [item] = checkClaims(readText(d), d.claims, sources, identity);
    assert.equal(item.verdict, 'contradicted');
    assert.match(item.note, /denies/);
  });
});

describe('analysableText', () => {
  it('masks HTML tags, entities and citation markers without moving any offset', () => {
    const html = '<p>Austin called it &ldquo;very serious&rdquo; [1].</p><p>Next</p>';
    const text = analysableText(html);
    assert.equal(text.length, html.length);
    assert.equal(text.indexOf('very serious'), html.indexOf('very serious'));
    assert.ok(!/[<>]|\[1\]/.test(text));
    assert.match(text, /“very serious”/);
  });

  it('keeps a backslash-escaped character and drops its backslash', () => {
    assert.equal(analysableText('A \\*star\\* and **bold**.'), 'A  *star * and   bold  .');
  });

  it('masks Markdown emphasis, headings and link targets', () => {
    const md = '## Lead\n**Austin** said [it](https://x.example) was “very serious” [1][2].';
    const text = analysableText(md);
    assert.equal(text.length, md.length);
    assert.ok(!/[#*]|\]\(|\[\d\]/.test(text));
    assert.equal(text.slice(md.indexOf('Austin'), md.indexOf('Austin') + 6), 'Austin');
  });
});

describe('verifyDraft input checks', () => {
  const resources = loadResources();
  const real = [nytLike()];
  it('rejects an empty draft, a binary draft and a call without sources with InputError', () => {
    assert.throws(
      () => verifyDraft('  \n', real, resources),
      (e) => e instanceof InputError && /empty/.test(e.message),
    );
    assert.throws(
      () => verifyDraft('PK\u0003\u0004\u0000\u0000data', real, resources),
      (e) => e instanceof InputError && /binary/.test(e.message),
    );
    assert.throws(
      () => verifyDraft('Some text.', [], resources),
      (e) => e instanceof InputError && /no sources/.test(e.message),
    );
  });

  it('returns an empty report for a draft with nothing to check', () => {
    const report = verifyDraft('The weather was mild.', real, resources);
    assert.deepEqual(report, {
      items: [],
      summary: { supported: 0, altered: 0, unsupported: 0, contradicted: 0 },
    });
  });
});
