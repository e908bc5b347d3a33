import assert from 'node:assert/strict';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { InputWarning } from '../../src/errors.js';
import { fetchInputs } from '../../src/ingest/fetch-inputs.js';
import { Fetcher } from '../../src/ingest/fetcher.js';

const ARTICLE = `<!doctype html><html><head><title>Harbour reopens</title></head><body><article>${'<p>The harbour reopened on Monday after three weeks of storm repairs, the port authority said.</p>'.repeat(8)}</article></body></html>`;

const servers: Server[] = [];
async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let redirected: string;
let unreachable: string;
let site: string;

before(async () => {
  // robots.txt redirects to a file that disallows everything.
  redirected = await serve((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(301, { location: '/policies/robots.txt' }).end();
    if (req.url === '/policies/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n');
    res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
  });
  // robots.txt cannot be fetched: the connection is dropped.
  unreachable = await serve((req, res) => {
    if (req.url === '/robots.txt') return void req.socket.destroy();
    res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
  });
  site = await serve((req, res) => {
    switch (req.url) {
      case '/big-feed': {
        const items = Array.from(
          { length: 10_000 },
          (_, i) =>
            `<item><title>Item ${i}</title><guid isPermaLink="false">g${i}</guid><description>Body of item ${i}, long enough to read.</description></item>`,
        ).join('');
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`);
      }
      case '/huge':
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`${ARTICLE}<p>${'x'.repeat(300_000)}</p>`);
      case '/cp1252':
        return void res
          .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
          .end(
            Buffer.from(
              ARTICLE.replace('the port authority said', '\u0093ready\u0094, the port authority said'),
              'latin1',
            ),
          );
      default:
        res.writeHead(404).end();
    }
  });
});

after(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

const local = { allowPrivate: true, perHostDelayMs: 0, timeoutMs: 3000 };

describe('robots.txt, as RFC 9309 reads it', () => {
  it('follows a redirect of robots.txt, and a Disallow: / there disallows', async () => {
    await assert.rejects(new Fetcher(local).get(`${redirected}/news/story`), /robots\.txt disallows/);
  });

  it('says an unreachable robots.txt is unreachable, not that it disallows', async () => {
    await assert.rejects(new Fetcher(local).get(`${unreachable}/news/story`), (err: Error) => {
      assert.match(err.message, /robots\.txt could not be fetched/);
      assert.doesNotMatch(err.message, /robots\.txt disallows/);
      return true;
    });
  });
});

describe('what is cut is said', () => {
  it('a 10,000-item feed read to its item limit warns that items were left out', async () => {
    const warnings: InputWarning[] = [];
    const items = await fetchInputs(`${site}/big-feed`, { ...local, warn: (w) => warnings.push(w) });
    assert.equal(items.length, 50);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /10000 items; only the first 50 were read/);
    assert.equal(warnings[0].input, `${site}/big-feed`);
  });

  it('a body cut at the size limit warns that the article may be incomplete', async () => {
    const warnings: InputWarning[] = [];
    const items = await fetchInputs(`${site}/huge`, {
      ...local,
      maxBytes: 100_000,
      warn: (w) => warnings.push(w),
    });
    assert.ok(items[0].ok);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /cut at 100000 bytes/);
  });
});

describe('fetched charsets, by the WHATWG rules', () => {
  it('decodes windows-1252 declared in Content-Type, curly quotes included', async () => {
    const [item] = await fetchInputs(`${site}/cp1252`, local);
    assert.ok(item.ok);
    assert.match(item.input.text, /“ready”, the port authority said/);
  });
});

describe('the fetch time limit covers reading the page', () => {
  it('a page fetched in time but read past the limit is an error item naming it', async () => {
    // A clock that jumps 2 s a reading: fetching is done in time, the parse lands past 3 s.
    let clock = 0;
    const now = () => (clock += 2000);
    const [item] = await fetchInputs(`${site}/cp1252`, { ...local, now });
    assert.ok(!item.ok);
    assert.match(item.error.message, /took longer than the time limit/);
    assert.match(item.error.message, /cp1252/);
  });
});

describe('a kept-alive socket the server dropped', () => {
  it('is retried once on a new socket, so the page is fetched and robots.txt read', async () => {
    // Every request that arrives on a socket already used is dropped without an answer.
    const used = new WeakSet<object>();
    let dropped = 0;
    const host = await serve((req, res) => {
      if (used.has(req.socket)) {
        dropped++;
        return void req.socket.destroy();
      }
      used.add(req.socket);
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
    });
    const fetcher = new Fetcher(local);
    const first = await fetcher.get(`${host}/one`);
    const second = await fetcher.get(`${host}/two`);
    assert.match(first.text, /harbour reopened/);
    assert.match(second.text, /harbour reopened/);
    assert.ok(dropped > 0, 'the client reused a socket, so the retry was exercised');
  });
});
