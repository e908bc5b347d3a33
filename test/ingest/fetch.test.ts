import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { isNonPublicAddress } from '../../src/ingest/address-policy.js';
import { decodeBody } from '../../src/ingest/decode.js';
import { fetchInputs } from '../../src/ingest/fetch-inputs.js';
import { Fetcher } from '../../src/ingest/fetcher.js';

const ARTICLE = `<!doctype html><html><head><title>T</title>
<meta property="og:site_name" content="Local Times">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Local headline","datePublished":"2024-10-23T10:00:00Z"}</script>
</head><body><article>${'<p>The council approved the budget after a long debate about roads and schools.</p>'.repeat(8)}</article></body></html>`;

const FEED = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Times</title>
<item><title>Page item</title><link>${base}/article</link><description>short</description></item>
<item><title>Blocked item</title><link>${base}/private/x</link><description>&lt;p&gt;Feed body of the blocked item.&lt;/p&gt;</description></item>
</channel></rss>`;

let server: Server;
let base: string;
const hits: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const ua = req.headers['user-agent'] ?? '';
    if (!ua.includes('Dossier')) {
      res.writeHead(403).end();
      return;
    }
    switch (req.url) {
      case '/robots.txt':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
        return;
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
        return;
      case '/gzip':
        res
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
          .end(gzipSync(ARTICLE));
        return;
      case '/feed':
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED(base));
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(200_000)}</p>`);
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>start'); // and never end
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/feed.json':
        res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'JSON Times',
            items: [
              { id: '1', url: `${base}/missing-page`, title: 'Only in the feed', content_text: 'Feed text.' },
            ],
          }),
        );
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end('png');
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true, perHostDelayMs: 0, timeoutMs: 2000 };

describe('Fetcher', () => {
  it('fetches a page with a User-Agent naming Dossier, decompressing gzip', async () => {
    const fetcher = new Fetcher(local);
    const page = await fetcher.get(`${base}/gzip`);
    assert.equal(page.status, 200);
    assert.match(page.text, /council approved/);
  });

  it('honours robots.txt disallow and asks for robots.txt once per host', async () => {
    hits.length = 0;
    const fetcher = new Fetcher(local);
    await assert.rejects(fetcher.get(`${base}/private/page`), /robots\.txt disallows/);
    await fetcher.get(`${base}/article`);
    assert.deepEqual(hits.filter((h) => h === '/robots.txt').length, 1);
    assert.ok(!hits.includes('/private/page'), 'the disallowed page was never requested');
  });

  it('cuts the body at maxBytes', async () => {
    const page = await new Fetcher({ ...local, maxBytes: 10_000 }).get(`${base}/huge`);
    assert.equal(page.truncated, true);
    assert.equal(Buffer.byteLength(page.text), 10_000);
  });

  it('gives up after the timeout', async () => {
    await assert.rejects(
      new Fetcher({ ...local, timeoutMs: 300 }).get(`${base}/slow`),
      /no complete answer within 300 ms/,
    );
  });

  it('refuses loopback addresses unless allowPrivate is set, before any request', async () => {
    hits.length = 0;
    await assert.rejects(new Fetcher({ perHostDelayMs: 0 }).get(`${base}/article`), /non-public address/);
    await assert.rejects(
      new Fetcher({ perHostDelayMs: 0 }).get('http://localhost:1/x'),
      /non-public address/,
    );
    assert.deepEqual(hits, []);
  });

  it('limits redirects, and refuses other schemes and content types', async () => {
    await assert.rejects(new Fetcher(local).get(`${base}/loop`), /more than 5 redirects/);
    await assert.rejects(new Fetcher(local).get('file:///etc/passwd'), /file: URLs are not fetched/);
    await assert.rejects(new Fetcher(local).get(`${base}/to-file`), /file: URLs are not fetched/);
    await assert.rejects(new Fetcher(local).get(`${base}/image`), /unsupported content type image\/png/);
  });

  it('spaces requests to one host by perHostDelayMs', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    // A stopped clock: each request must wait one more slot than the last.
    const fetcher = new Fetcher({ ...local, perHostDelayMs: 150, now: () => 1000, sleep });
    await fetcher.get(`${base}/article`); // robots.txt, then the page
    await fetcher.get(`${base}/article`);
    assert.deepEqual(waits, [150, 300]);
  });
});

describe('fetchInputs', () => {
  it('reads an article page with its metadata', async () => {
    const [item] = await fetchInputs(`${base}/article`, local);
    assert.ok(item.ok);
    assert.equal(item.input.title, 'Local headline');
    assert.equal(item.input.outlet, 'Local Times');
    assert.equal(item.input.published, '2024-10-23T10:00:00Z');
    assert.equal(item.input.url, `${base}/article`);
  });

  it('reads a feed: pages where allowed, the feed content where robots.txt refuses', async () => {
    const items = await fetchInputs(`${base}/feed`, local);
    assert.equal(items.length, 2);
    assert.ok(items[0].ok && items[1].ok);
    assert.equal(items[0].input.title, 'Local headline');
    assert.match(items[0].input.text, /council approved/);
    assert.equal(items[1].input.text, 'Feed body of the blocked item.');
    assert.equal(items[1].input.title, 'Blocked item');
  });

  it('reads a JSON Feed, using the feed text when the item page is missing', async () => {
    const items = await fetchInputs(`${base}/feed.json`, local);
    assert.deepEqual(items, [
      {
        ok: true,
        input: {
          url: `${base}/missing-page`,
          title: 'Only in the feed',
          outlet: 'JSON Times',
          published: null,
          text: 'Feed text.',
          origin: `${base}/feed.json#1`,
          guid: `${base}/feed.json 1`,
        },
      },
    ]);
  });

  it('returns errors as items', async () => {
    const [item] = await fetchInputs(`${base}/missing`, local);
    assert.ok(!item.ok);
    assert.match(item.error.message, /HTTP 404/);
  });
});

describe('isNonPublicAddress', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      assert.equal(isNonPublicAddress(a), true, a);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])
      assert.equal(isNonPublicAddress(a), false, a);
  });
});

describe('decodeBody', () => {
  it('uses the header charset, else the page meta charset or XML encoding, else UTF-8', () => {
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9</p>', 'latin1');
    assert.match(decodeBody(latin1, 'text/html'), /café/);
    assert.match(decodeBody(Buffer.from('caf\xe9', 'latin1'), 'text/plain; charset=windows-1252'), /café/);
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf\xe9</rss>', 'latin1');
    assert.match(decodeBody(xml, 'application/rss+xml'), /café/);
    assert.equal(decodeBody(Buffer.from('café'), 'text/html'), 'café');
    assert.equal(decodeBody(Buffer.from('x'), 'text/html; charset=no-such-charset'), 'x');
  });
});
