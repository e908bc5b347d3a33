import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-guid-'));

const body = (n: number) =>
  `The harbour authority said ${n} ships were waiting to dock on Monday after the storm repairs. ` +
  'Officials expected the backlog to clear within the week, and the port reopened to ferries.';

const feeds: Record<string, (n: number) => string> = {
  'rss.xml': (n) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title><item><title>Harbour backlog</title>` +
    `<guid isPermaLink="false">port-news-4711</guid><description>${body(n)}</description></item></channel></rss>`,
  'atom.xml': (n) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Port Atom</title><entry><title>Harbour backlog</title>` +
    `<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><updated>2024-05-01T08:00:00Z</updated><content>${body(n)}</content></entry></feed>`,
  'feed.json': (n) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Port JSON',
      items: [{ id: 'item-4711', title: 'Harbour backlog', content_text: body(n) }],
    }),
};

describe('a feed item with a fixed id and changing content', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, feed] of Object.entries(feeds)) {
    it(`${name}: is a revision of the stored article, not a new copy`, async () => {
      const library = await Library.open(join(dir, `${name}.db`));
      try {
        const path = join(dir, name);
        writeFileSync(path, feed(40));
        const first = await ingestBatch(library, [path]);
        writeFileSync(path, feed(45));
        const second = await ingestBatch(library, [path]);
        const again = await ingestBatch(library, [path]);
        assert.deepEqual(
          [first, second, again].map((s) => s.outcomes.map((o) => o.status)),
          [['new'], ['revision'], ['unchanged']],
        );
        assert.equal(second.outcomes[0].articleId, first.outcomes[0].articleId);
      } finally {
        await library.close();
      }
    });
  }
});
