import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { postAlert, SIGNATURE_HEADER, webhookBody } from '../../src/cli/webhook.js';
import type { Alert } from '../../src/library/index.js';

const ALERT: Alert = {
  kind: 'new-story',
  storyId: 'story-1',
  articleId: 'a1',
  message: 'new story: Bridge opens',
};

describe('watch webhooks', () => {
  let server: Server;
  let url: string;
  /** Status codes to answer, in order; 200 once they run out. */
  let answers: number[] = [];
  let received: { headers: IncomingMessage['headers']; body: string }[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answers.shift() ?? 200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('sends a text field chat tools show, and the alert, signed with HMAC-SHA256 when a secret is set', async () => {
    received = [];
    assert.equal(await postAlert(url, ALERT, { secret: 's3cret' }), null);
    const [{ headers, body }] = received;
    const parsed = JSON.parse(body);
    assert.equal(parsed.text, '[dossier] new-story: new story: Bridge opens');
    assert.equal(parsed.storyId, 'story-1');
    const expected = `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`;
    assert.equal(headers[SIGNATURE_HEADER.toLowerCase()], expected);
    assert.equal(body, webhookBody(ALERT));
    received = [];
    await postAlert(url, ALERT);
    assert.equal(received[0].headers[SIGNATURE_HEADER.toLowerCase()], undefined, 'no secret, no signature');
  });

  it('retries a 5xx or 429 with growing waits, and gives up on other 4xx at once', async () => {
    received = [];
    answers = [503, 429];
    assert.equal(await postAlert(url, ALERT, { backoffMs: 10 }), null);
    assert.equal(received.length, 3, 'two failures, then delivered');
    received = [];
    answers = [500, 500, 500];
    assert.match(
      (await postAlert(url, ALERT, { backoffMs: 5, tries: 3 })) ?? '',
      /answered 500 \(after 3 tries\)/,
    );
    assert.equal(received.length, 3);
    received = [];
    answers = [404];
    assert.equal(await postAlert(url, ALERT, { backoffMs: 5 }), 'answered 404');
    assert.equal(received.length, 1, 'a 404 is not retried');
  });

  it('reports a host that cannot be reached after its tries, without throwing', async () => {
    const failure = await postAlert('http://127.0.0.1:1/hook', ALERT, { backoffMs: 5, tries: 2 });
    assert.match(failure ?? '', /failed: .* \(after 2 tries\)/);
  });
});
