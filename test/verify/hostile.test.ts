import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { toArticle } from '../../src/ingest/article.js';
import { readInputs } from '../../src/ingest/files.js';
import type { Analysis } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';
import { MAX_DRAFT_CHARS, verifyDraft } from '../../src/verify/verify.js';

/** Bad input from issue 15: a clear error or a bounded run, never a hang. */

const root = new URL('../../', import.meta.url);
const resources = loadResources();

async function sources(): Promise<Analysis[]> {
  const out: Analysis[] = [];
  const files = ['examples/north-korea/nyt-like-austin.html', 'examples/north-korea/ap-like-spy-chief.html'];
  for await (const item of readInputs(files.map((p) => new URL(p, root).pathname))) {
    if (!item.ok) throw item.error;
    out.push(analyze(toArticle(item.input), resources));
  }
  return out;
}

describe('verify on hostile input', async () => {
  const real = await sources();

  it('checks a 2 MB draft in bounded time, every span on the draft', () => {
    // The sources copied over and over: every sentence of it is checked against them.
    const copy = `${real[0].article.text}\n\n${real[1].article.text}\n\n`;
    let draft = '';
    while (draft.length < 2_000_000) draft += copy;
    const started = Date.now();
    const report = verifyDraft(draft, real, resources);
    const seconds = (Date.now() - started) / 1000;
    // About half a minute alone on one core; the bound leaves room for a loaded machine, not for a quadratic.
    assert.ok(seconds < 180, `${seconds} s`);
    assert.ok(report.items.length > 1000);
    for (const item of report.items) assert.equal(draft.slice(item.span.start, item.span.end), item.text);
  });

  it('refuses a draft past the bound at once, naming the bound', () => {
    const draft = 'a '.repeat(MAX_DRAFT_CHARS / 2 + 1);
    const started = Date.now();
    assert.throws(
      () => verifyDraft(draft, real, resources),
      (e) => e instanceof InputError && /at most 3,000,000/.test(e.message),
    );
    assert.ok(Date.now() - started < 1000);
  });

  it('checks a draft of 10,000 quotations, one item each', () => {
    const draft = Array.from(
      { length: 10_000 },
      (_, i) => `“Number ${i} is what we want,” Austin said.`,
    ).join(' ');
    const report = verifyDraft(draft, real, resources);
    const quotes = report.items.filter((i) => i.kind === 'quote');
    assert.equal(quotes.length, 10_000);
    assert.ok(quotes.every((q) => q.verdict === 'unsupported'));
  });

  it('never reads the scripts, styles or attributes of an HTML draft', () => {
    const html =
      '<html><head><style>p::after { content: "“We will build a great wall,” Trump said" }</style>' +
      '<script>var quote = "“What exactly are you doing?” Austin asked"; var troops = 9999;</script></head>' +
      '<body onload="alert(12345)"><p>Austin called the deployment “very serious.”</p>' +
      '<script>document.write("approximately 7,777 troops")</script></body></html>';
    const report = verifyDraft(html, real, resources);
    assert.ok(report.items.length > 0);
    for (const item of report.items) {
      assert.equal(html.slice(item.span.start, item.span.end), item.text);
      assert.doesNotMatch(item.text, /great wall|What exactly|9999|12345|7,777/);
    }
    assert.equal(report.items.find((i) => i.kind === 'quote')?.verdict, 'supported');
  });

  it('refuses sources that are empty or not articles, naming them', () => {
    const empty = analyze(toArticle({ title: '', text: ' ', url: 'https://x.example/empty' }), resources);
    const nav = analyze(
      toArticle({ title: 'Home', text: 'Home | News | Contact', url: 'https://x.example/nav' }),
      resources,
    );
    for (const bad of [empty, nav]) {
      assert.throws(
        () => verifyDraft('Austin called it “very serious.”', [real[0], bad], resources),
        (e) =>
          e instanceof InputError &&
          e.message.includes(bad.article.url ?? '') &&
          /no article text/.test(e.message),
      );
    }
  });
});
