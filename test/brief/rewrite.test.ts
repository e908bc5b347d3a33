import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { briefToMarkdown } from '../../src/brief/markdown.js';
import { type LlmConfig, llmConfigFromEnv, rewriteBrief } from '../../src/brief/rewrite.js';
import { writeBrief } from '../../src/brief/write.js';
import { buildLedger } from '../../src/ledger/ledger.js';
import { loadResources } from '../../src/resources.js';
import { apLike, nytLike } from '../fixtures/verify/story.js';

const analyses = [nytLike(), apLike()];
const brief = writeBrief(
  { id: 'nk', title: 'North Korean troops in Russia' },
  analyses,
  buildLedger(analyses),
  // Long enough to hold every section: the rewrite checks need the Zelensky quote.
  { words: 1000 },
);
const extractive = briefToMarkdown(brief);
const resources = loadResources();

/** What the fake endpoint answers next, and what it was asked. */
let answer: { status: number; content: string } = { status: 200, content: '' };
let asked: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } } | null =
  null;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
  });
}

let server: Server;
let config: LlmConfig;

before(async () => {
  server = createServer(async (req, res) => {
    asked = { auth: req.headers.authorization, body: JSON.parse(await readBody(req)) };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: answer.content } }] }));
  });
  // A loaded machine can take longer than the default 5 s keep-alive between two rewrites; the client
  // would then reuse a socket the server is closing and fail with "fetch failed".
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  config = { url: `http://127.0.0.1:${port}/v1`, model: 'fake-1', key: 'k-123', timeoutMs: 5000 };
});

after(() => {
  server.close();
});

describe('rewriteBrief against a local fake endpoint', () => {
  it('is off unless DOSSIER_LLM_URL is set, and reads model and key from the environment', () => {
    assert.equal(llmConfigFromEnv({}), null);
    assert.deepEqual(
      llmConfigFromEnv({
        DOSSIER_LLM_URL: 'http://127.0.0.1:1/v1',
        DOSSIER_LLM_MODEL: 'm',
        DOSSIER_LLM_KEY: 'k',
      }),
      {
        url: 'http://127.0.0.1:1/v1',
        model: 'm',
        key: 'k',
        timeoutMs: 60_000,
      },
    );
  });

  it('shows a rewrite that passes verify, after sending the brief to /chat/completions', async () => {
    answer = {
      status: 200,
      content: extractive.replace('## The figures', '## The numbers').replace('## Context', '## Background'),
    };
    const result = await rewriteBrief(brief, analyses, resources, config);
    assert.equal(result.rewritten, true, result.note);
    assert.match(result.markdown, /## The numbers/);
    assert.equal(asked?.auth, 'Bearer k-123');
    assert.equal(asked?.body.model, 'fake-1');
    assert.equal(asked?.body.messages[1].content, extractive);
  });

  it('keeps the extractive brief when the rewrite alters a quote, and says which', async () => {
    answer = {
      status: 200,
      content: extractive.replace('I wouldn’t say they have run out', 'I wouldn’t say y have run out'),
    };
    const result = await rewriteBrief(brief, analyses, resources, config);
    assert.equal(result.rewritten, false);
    assert.equal(result.markdown, extractive);
    assert.match(result.note, /rewrite rejected: .*altered/);
    assert.ok(result.failures.some((f) => f.kind === 'quote' && /they have/.test(f.note)));
  });

  it('keeps the extractive brief when the rewrite cites a source that does not exist or none', async () => {
    answer = { status: 200, content: `${extractive}\nNorth Korea is winning [7].` };
    assert.match((await rewriteBrief(brief, analyses, resources, config)).note, /do not exist \(\[7\]\)/);
    answer = { status: 200, content: 'A short uncited summary.' };
    assert.match((await rewriteBrief(brief, analyses, resources, config)).note, /dropped every citation/);
  });

  it('keeps the extractive brief when the rewrite carries a link or image the brief did not make', async () => {
    for (const planted of [
      'See [the map](javascript:alert(1)) [1].',
      'Pictured ![](https://tracker.test/pixel.png) [1].',
      'More at <https://phish.test/login> [1].',
      'More at https://phish.test/login [1].',
      'More at www.phish.test [1].',
    ]) {
      answer = { status: 200, content: `${extractive}\n${planted}` };
      const result = await rewriteBrief(brief, analyses, resources, config);
      assert.equal(result.rewritten, false, planted);
      assert.match(result.note, /adds a link the brief did not make/, planted);
    }
  });

  it('keeps the extractive brief when the endpoint fails', async () => {
    answer = { status: 500, content: 'boom' };
    const result = await rewriteBrief(brief, analyses, resources, config);
    assert.equal(result.rewritten, false);
    assert.match(result.note, /rewrite failed \(the endpoint answered HTTP 500\)/);
    const down = await rewriteBrief(brief, analyses, resources, { ...config, url: 'http://127.0.0.1:9/v1' });
    assert.match(down.note, /^rewrite failed/);
  });
});
