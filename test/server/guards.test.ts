import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Library } from '../../src/library/library.js';
import { createApp } from '../../src/server/app.js';
import type { ServerOptions } from '../../src/server/options.js';
import { record } from '../store/fixtures.js';

const ARTICLE = (n: number, extra = '') =>
  [
    `Port workers strike in Eastmoor, day ${n}`,
    '',
    `Dockworkers at the port of Eastmoor walked out on Monday for the ${n} time, union leader Mara Quell said.`,
    `“We will stay out until the contract is signed,” Quell said. About 1,200 workers joined the strike. ${extra}`,
  ].join('\n');

describe('server guards', () => {
  let dir: string;
  let library: Library;
  let storyId: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-guards-'));
    library = await Library.open(join(dir, 'guards.db'));
    const first = await library.ingest({
      text: ARTICLE(1),
      outlet: 'Eastmoor Post',
      published: '2025-03-03',
    });
    await library.ingest({ text: ARTICLE(2), outlet: 'Harbour Daily', published: '2025-03-04' });
    assert.ok(first.storyId);
    storyId = first.storyId;
    // A feed title of 5 MB: no listing may carry it whole.
    // Stored as the store keeps any article: analysing a 5 MB title is not what this test is about.
    await library.store.saveArticle(
      record({ id: 'huge', title: `Huge ${'x'.repeat(5_000_000)}`, text: 'A body.' }),
    );
  });

  after(async () => {
    await library?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const app = (options: Partial<ServerOptions> = {}) => createApp(library, options);
  const get = (path: string, init: RequestInit = {}, options: Partial<ServerOptions> = {}) =>
    app(options).request(`http://127.0.0.1${path}`, init);

  it('sends security headers on pages, API answers, errors and unknown routes', async () => {
    for (const path of [
      '/',
      '/articles',
      '/api/stories',
      '/api/no-such-route',
      '/no-such-page',
      '/api/stories/nope',
    ]) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|script-src/, `${path}: no script may run`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    }
    const page = await (await get('/')).text();
    assert.doesNotMatch(page, /<style|<script|style=/, 'pages carry no inline style or script');
    const css = await get('/style.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  });

  it('answers unknown API routes and methods with JSON, unknown pages with HTML', async () => {
    const api = await get('/api/quotez');
    assert.equal(api.status, 404);
    assert.deepEqual(Object.keys(await api.json()).sort(), ['error', 'hint']);
    const method = await get('/api/stories', { method: 'DELETE' });
    assert.equal(method.status, 404);
    assert.match((await method.json()).error, /no route DELETE/);
    const page = await get('/nowhere');
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  });

  it('answers only loopback Host names unless more are allowed (DNS rebinding)', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      assert.equal((await app().request(`http://${host}:8080/api/stories`)).status, 200, host);
    }
    const rebound = await app().request('http://evil.example:8080/api/stories');
    assert.equal(rebound.status, 421);
    assert.match((await rebound.json()).hint, /--allowed-hosts/);
    assert.equal((await app().request('http://evil.example/')).status, 421, 'pages too');
    const allowed = app({ allowedHosts: ['news.example.org'] });
    assert.equal((await allowed.request('http://news.example.org/api/stories')).status, 200);
    assert.equal((await allowed.request('http://other.example.org/api/stories')).status, 421);
  });

  it('keeps the analysis routes off without a token or --allow-analyze', async () => {
    const post = (path: string, init: RequestInit = {}, options: Partial<ServerOptions> = {}) =>
      get(path, { method: 'POST', body: 'Some text to analyse.', ...init }, options);
    const off = await post('/api/analyze');
    assert.equal(off.status, 403);
    assert.match((await off.json()).hint, /--token/);
    assert.equal((await post(`/api/stories/${storyId}/verify`)).status, 403);

    const withToken = { token: 's3cret-token' };
    const none = await post('/api/analyze', {}, withToken);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    const wrong = await post(
      '/api/analyze',
      { headers: { authorization: 'Bearer s3cret-tokem' } },
      withToken,
    );
    assert.equal(wrong.status, 401);
    const right = await post(
      '/api/analyze',
      { headers: { authorization: 'Bearer s3cret-token' } },
      withToken,
    );
    assert.equal(right.status, 200);
    assert.equal((await right.json()).article.text, 'Some text to analyse.');
  });

  it('refuses a POST from another site’s page, even with the analysis routes open', async () => {
    const open = { allowAnalyze: true };
    const foreign = await get(
      '/api/analyze',
      {
        method: 'POST',
        body: 'x',
        headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      },
      open,
    );
    assert.equal(foreign.status, 403);
    const crossSite = await get(
      '/api/analyze',
      { method: 'POST', body: 'x', headers: { 'sec-fetch-site': 'cross-site' } },
      open,
    );
    assert.equal(crossSite.status, 403);
    // `Origin: null` (a form under no-referrer, a sandboxed frame) is the server's own only by Sec-Fetch-Site.
    for (const [site, status] of [
      ['cross-site', 403],
      [undefined, 403],
      ['same-origin', 400],
    ] as const) {
      const headers: Record<string, string> = { origin: 'null' };
      if (site) headers['sec-fetch-site'] = site;
      const res = await get('/api/analyze', { method: 'POST', body: ' ', headers }, open);
      assert.equal(res.status, status, `Origin: null, Sec-Fetch-Site: ${site}`);
    }
    const allowed = await get(
      '/api/analyze',
      { method: 'POST', body: 'A short text.', headers: { origin: 'https://news.example.org' } },
      { ...open, cors: ['https://news.example.org'] },
    );
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://news.example.org');
  });

  it('sends no CORS header unless an origin is allowed', async () => {
    const res = await get('/api/stories', { headers: { origin: 'https://news.example.org' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('answers 503 with Retry-After when the analysis threads and their queue are full', async () => {
    const busy = app({ allowAnalyze: true, pool: { size: 1, queue: 0, budgetMs: 60_000 } });
    const post = () => busy.request('http://127.0.0.1/api/analyze', { method: 'POST', body: ARTICLE(3) });
    const answers = await Promise.all([post(), post(), post()]);
    const statuses = answers.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 503, 503]);
    const refused = answers.find((r) => r.status === 503)!;
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.match((await refused.json()).error, /running or waiting/);
  });

  it('abandons an analysis past its time budget with 503', async () => {
    // Starting a thread and loading the models alone takes longer than 20 ms.
    const slow = app({ allowAnalyze: true, pool: { size: 1, queue: 1, budgetMs: 20 } });
    const res = await slow.request('http://127.0.0.1/api/analyze', { method: 'POST', body: ARTICLE(4) });
    assert.equal(res.status, 503);
    assert.match((await res.json()).error, /budget/);
    assert.ok(res.headers.get('retry-after'));
  });

  it('cuts long titles in listings: a 5 MB title does not make a 5 MB page', async () => {
    for (const path of ['/articles', '/api/articles', '/']) {
      const body = await (await get(path)).text();
      assert.ok(body.length < 50_000, `${path} is ${body.length} characters`);
    }
    const listed = (await (await get('/api/articles')).json()) as { title: string }[];
    const huge = listed.find((a) => a.title.startsWith('Huge'));
    assert.ok(huge && huge.title.length <= 300 && huge.title.endsWith('…'));
  });

  it('serves story views with an ETag, 304 while unchanged, anew after an ingest into the story', async () => {
    for (const path of [
      `/stories/${storyId}`,
      `/api/stories/${storyId}`,
      `/api/stories/${storyId}/ledger`,
      `/api/stories/${storyId}/brief?format=md`,
    ]) {
      const server = app();
      const first = await server.request(`http://127.0.0.1${path}`);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.ok(etag, path);
      const again = await server.request(`http://127.0.0.1${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '');
    }
    const server = app();
    const before = await server.request(`http://127.0.0.1/api/stories/${storyId}`);
    const etag = before.headers.get('etag')!;
    const articles = (await before.json()).articles.length;
    const added = await library.ingest({ text: ARTICLE(5), outlet: 'Coast Wire', published: '2025-03-05' });
    assert.equal(added.storyId, storyId, 'the new article joins the story');
    const after = await server.request(`http://127.0.0.1/api/stories/${storyId}`, {
      headers: { 'if-none-match': etag },
    });
    assert.equal(after.status, 200, 'the ingest invalidated the cached view');
    assert.notEqual(after.headers.get('etag'), etag);
    assert.equal((await after.json()).articles.length, articles + 1);
  });

  it('hides what an unexpected error says', async () => {
    const broken = createApp({
      ...library,
      store: {
        ...library.store,
        listStories: () => Promise.reject(new Error('SQLITE_CORRUPT at /secret/path')),
      },
    } as unknown as Library);
    const res = await broken.request('http://127.0.0.1/api/stories');
    assert.equal(res.status, 500);
    const body = await res.text();
    assert.doesNotMatch(body, /secret|SQLITE|at /);
  });
});

describe('request bodies on a real socket', () => {
  let dir: string;
  let library: Library;
  let server: ReturnType<typeof serve>;
  let port: number;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-bodies-'));
    library = await Library.open(join(dir, 'bodies.db'));
    server = serve({
      fetch: createApp(library, { allowAnalyze: true, maxBody: 1000 }).fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });

  after(async () => {
    await new Promise((r) => server?.close(r));
    await library?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends raw request bytes, then more every 20 ms until the server answers; returns the answer and what was sent. */
  function send(head: string, chunk: string): Promise<{ answer: string; sent: number }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      let sent = 0;
      let timer: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        socket.write(head);
        timer = setInterval(() => {
          if (sent > 5_000_000) return;
          socket.write(chunk);
          sent += chunk.length;
        }, 20);
      });
      socket.on('data', (d) => {
        answer += d.toString();
        if (answer.includes('\r\n\r\n')) {
          clearInterval(timer);
          socket.destroy();
          resolve({ answer, sent });
        }
      });
      socket.on('error', (err) => {
        clearInterval(timer);
        if (answer) resolve({ answer, sent });
        else reject(err);
      });
    });
  }

  it('refuses a declared body past the limit before reading it', async () => {
    const head = 'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n';
    const { answer, sent } = await send(head, 'x'.repeat(100));
    assert.match(answer, /^HTTP\/1\.1 413/);
    assert.ok(sent < 100_000, `the server answered after ${sent} bytes of a declared 1 GB`);
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const head = 'POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n';
    const { answer, sent } = await send(head, `200\r\n${'y'.repeat(512)}\r\n`);
    assert.match(answer, /^HTTP\/1\.1 413/);
    assert.ok(sent < 100_000, `the server answered after ${sent} bytes`);
  });
});
