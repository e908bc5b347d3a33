import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { FigureGroup } from '../../src/ledger/index.js';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';
import { createApp } from '../../src/server/app.js';
import { marksWithin, spanParam } from '../../src/server/highlight.js';
import { ledgerOrder } from '../../src/server/story-page.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe("the analyst's pages (no browser)", () => {
  let dir: string;
  let library: Library;
  let app: Hono;
  let open: Hono;
  let storyId: string;
  const get = async (path: string, on = app) => {
    const res = await on.fetch(new Request(`http://127.0.0.1${path}`));
    return { status: res.status, body: await res.text() };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-workspace-'));
    library = await Library.open(join(dir, 'w.db'));
    await ingestBatch(library, [join(ROOT, 'examples')]);
    app = createApp(library);
    open = createApp(library, { allowAnalyze: true });
    const stories = await library.store.listStories({ limit: 10 });
    storyId = stories.find((s) => /North Korean/.test(s.title))!.id;
  });

  after(async () => {
    await library?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a story page leads with the brief, then SVG charts drawn on the server, then the ledger', async () => {
    const { status, body } = await get(`/stories/${storyId}`);
    assert.equal(status, 200);
    const brief = body.indexOf('<article class="brief"');
    const chart = body.indexOf('<figure class="chart">');
    const ledger = body.indexOf('id="ledger"');
    assert.ok(brief > 0 && brief < chart && chart < ledger, 'brief, charts, ledger in that order');
    assert.match(body, /<svg role="img" aria-label="North Korean troops[^"]*figures over time by claimant"/);
    assert.match(body, /aria-label="Articles over time by outlet"/);
    assert.doesNotMatch(body, /<script/i, 'no script: the CSP runs none');
    // Every ledger figure links to its sentence in its article.
    const links = [...body.matchAll(/href="\/articles\/([^"?]+)\?at=(\d+)-(\d+)#at"/g)];
    assert.ok(links.length > 10, `${links.length} sentence links`);
  });

  it('orders ledger rows conflicting first, lone figures last', () => {
    const group = (label: FigureGroup['label'], subject: string) => ({ label, subject }) as FigureGroup;
    const sorted = ledgerOrder([
      group('single-source', 'a'),
      group('agreeing', 'b'),
      group('conflicting', 'c'),
      group('revised', 'd'),
      group('conflicting', 'e'),
    ]);
    assert.deepEqual(
      sorted.map((g) => g.subject),
      ['c', 'e', 'd', 'b', 'a'],
    );
  });

  it('an article opened from a ledger link outlines the whole sentence, marks inside kept', async () => {
    const { body: story } = await get(`/stories/${storyId}`);
    const [, id, start, end] = /href="\/articles\/([^"?]+)\?at=(\d+)-(\d+)#at"/.exec(story)!;
    const { status, body } = await get(`/articles/${id}?at=${start}-${end}`);
    assert.equal(status, 200);
    const target = /<span id="at" class="target">([\s\S]*?)<\/span>(?!<\/mark>)/.exec(body);
    assert.ok(target, 'the linked sentence is outlined');
    assert.match(body, /<mark class="figure"/);
    // A bad or out-of-range `at` shows the article without an outline instead of failing.
    for (const at of ['x', '5-2', '0-99999999', '-1-4']) {
      const res = await get(`/articles/${id}?at=${at}`);
      assert.equal(res.status, 200, at);
      assert.doesNotMatch(res.body, /id="at"/, at);
    }
  });

  it('quotes by speaker: the speaker always shown, verbatim in quotation marks, reported speech apart', async () => {
    const { status, body } = await get(`/quotes?story=${storyId}`);
    assert.equal(status, 200);
    assert.match(body, /<h2>Lloyd J. Austin III<\/h2>/);
    assert.match(body, /<q class="verbatim">/);
    assert.match(body, /<span class="reported">[^<]+<\/span> <small>\(reported speech\)<\/small>/);
    const filtered = await get(`/quotes?speaker=austin`);
    assert.match(filtered.body, /Austin/);
    assert.doesNotMatch(filtered.body, /<h2>Kim Jong Un<\/h2>/);
  });

  it('the article text names each quote’s speaker in the page, not only on hover', async () => {
    const { story, analyses } = await library.storyWithAnalyses(storyId);
    assert.ok(story);
    const quoted = analyses.find((a) => a.quotes.some((q) => q.speaker))!;
    const { body } = await get(`/articles/${quoted.article.id}`);
    const speaker = quoted.quotes.find((q) => q.speaker)!.speaker!.name;
    assert.ok(body.includes(`<span class="who">${speaker}</span>`), speaker);
  });

  it('claims page lists stances with links to their sentences; without a story it offers the stories', async () => {
    const { body } = await get(`/claims?story=${storyId}`);
    assert.match(body, /<span class="stance (confirms|denies|declines|estimates|reports|speculates)">/);
    assert.match(body, /\?at=\d+-\d+#at/);
    const pick = await get('/claims');
    assert.match(pick.body, /Pick a story/);
    assert.equal((await get('/claims?story=no-such-story')).status, 404);
  });

  it('verify: the form works without script; the POST is off unless analysis is allowed', async () => {
    const form = await get(`/verify?story=${storyId}`);
    assert.match(
      form.body,
      /<form class="verify" action="\/verify" method="post" enctype="multipart\/form-data">/,
    );
    assert.match(form.body, /Verifying is off on this server/);
    const body = new FormData();
    body.set('story', storyId);
    body.set('draft', 'Pentagon officials said 12,000 North Korean troops were in Russia.');
    const post = (on: Hono, data: FormData) =>
      on.fetch(new Request('http://127.0.0.1/verify', { method: 'POST', body: data }));
    assert.equal((await post(app, body)).status, 403);
    const res = await post(open, body);
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.match(page, /<h2>Verdicts<\/h2>/);
    assert.match(page, /<mark class="verdict (supported|altered|unsupported|contradicted)"/);
    const empty = new FormData();
    empty.set('story', storyId);
    empty.set('draft', '   ');
    const refused = await post(open, empty);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /empty draft/);
    // A 5 MB upload is refused while it streams in, with a page that says so.
    const huge = new FormData();
    huge.set('story', storyId);
    huge.set('file', new File(['x'.repeat(5_000_000)], 'draft.txt', { type: 'text/plain' }));
    const tooBig = await post(open, huge);
    assert.equal(tooBig.status, 413);
    assert.match(await tooBig.text(), /request body too large/);
  });

  it('search filters by outlet, dates and entity; a bad date is a 400', async () => {
    const all = await get('/search?q=troops');
    const outlets = [...all.body.matchAll(/<small>([^<·]+) · \d{4}-/g)].map((m) => m[1].trim());
    assert.ok(new Set(outlets).size > 1, 'several outlets before filtering');
    const one = await get('/search?q=troops&outlet=pacific');
    const kept = [...one.body.matchAll(/<small>([^<·]+) · \d{4}-/g)].map((m) => m[1].trim());
    assert.ok(kept.length > 0 && kept.every((o) => o === 'The Pacific Ledger'), kept.join());
    const late = await get('/search?q=troops&since=2024-10-25');
    const days = [...late.body.matchAll(/ · (\d{4}-\d{2}-\d{2})<\/small>/g)].map((m) => m[1]);
    assert.ok(days.length > 0 && days.every((d) => d >= '2024-10-25'), days.join());
    const austin = await get(`/search?q=troops&entity=${encodeURIComponent('Lloyd Austin')}`);
    assert.ok(
      austin.body.split('<li>').length < all.body.split('<li>').length,
      'the entity filter keeps fewer',
    );
    assert.equal((await get('/search?q=troops&since=last+week')).status, 400);
  });

  it('the API pages listings, refuses bad parameters with 400 JSON, and has quotes and claims', async () => {
    const json = async (path: string) => {
      const res = await app.fetch(new Request(`http://127.0.0.1${path}`));
      return { status: res.status, body: await res.json() };
    };
    const page1 = await json('/api/articles?limit=2');
    const page2 = await json('/api/articles?limit=2&offset=2');
    assert.equal(page1.body.length, 2);
    assert.notEqual(page1.body[0].id, page2.body[0].id);
    for (const bad of ['limit=lots', 'limit=0', 'limit=5000', 'offset=-1']) {
      const res = await json(`/api/articles?${bad}`);
      assert.equal(res.status, 400, bad);
      assert.match(res.body.error, /must be a whole number/, bad);
      assert.ok(res.body.hint, bad);
    }
    const quotes = await json(`/api/quotes?story=${storyId}&speaker=austin`);
    assert.equal(quotes.status, 200);
    assert.ok(
      quotes.body.length > 0 && quotes.body.every((s: { speaker: string }) => /Austin/.test(s.speaker)),
    );
    const claims = await json(`/api/stories/${storyId}/claims`);
    assert.ok(claims.body.length > 0 && claims.body[0].entries.length > 0);
    assert.equal((await json('/api/stories/nope/claims')).status, 404);
  });

  it('spanParam reads only a span inside the text; marksWithin cuts and shifts marks', () => {
    assert.deepEqual(spanParam('2-5', 'abcdefg'), { start: 2, end: 5 });
    assert.equal(spanParam('5-5', 'abcdefg'), null);
    assert.equal(spanParam('2-50', 'abcdefg'), null);
    assert.equal(spanParam(undefined, 'abc'), null);
    const cut = marksWithin([{ start: 1, end: 6, kind: 'quote', title: 't', label: 'Ann' }], 4, 10);
    assert.deepEqual(cut, [{ start: 0, end: 2, kind: 'quote', title: 't', label: 'Ann' }]);
    const head = marksWithin([{ start: 1, end: 6, kind: 'quote', title: 't', label: 'Ann' }], 0, 4);
    assert.equal(head[0].label, undefined, 'the label stays with the piece where the mark ends');
  });
});
