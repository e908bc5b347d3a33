import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('Library over a SQLite file', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-lib-'));
    db = join(dir, 'news.db');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests examples/ once: the second run stores nothing new', async () => {
    const library = await Library.open(db);
    const first = await ingestBatch(library, [EXAMPLES]);
    const countsAfterFirst = await library.store.count();
    await library.close();
    assert.equal(first.errors.length, 0);
    assert.ok(first.new >= 15, `expected at least 15 new articles, got ${first.new}`);
    assert.equal(first.revision, 1, 'the revised article is stored as a revision');

    const reopened = await Library.open(db);
    const second = await ingestBatch(reopened, [EXAMPLES]);
    assert.deepEqual([second.new, second.revision], [0, 0]);
    assert.equal(second.unchanged, first.new + first.revision);
    assert.deepEqual(await reopened.store.count(), countsAfterFirst);
    await reopened.close();
  });

  it('keeps both versions of the revised article, the changed figure in each', async () => {
    const library = await Library.open(db);
    const revised = (await library.store.listArticles({ limit: 100 })).find((a) => a.version > 1);
    assert.ok(revised, 'one article has a second version');
    const versions = await library.store.getVersions(revised.id);
    assert.equal(versions.length, 2);
    const v1 = await library.store.getArticle(revised.id, 1);
    const v2 = await library.store.getArticle(revised.id, 2);
    assert.match(v1!.article.text, /approximately 2,500/);
    assert.match(v2!.article.text, /approximately 3,000/);
    await library.close();
  });

  it('groups the examples into their three stories', async () => {
    const library = await Library.open(db);
    const stories = await library.store.listStories();
    // Every article of a story stays in it: 7 North Korea (one a syndicated copy), 6 port strike, 6 wildfire.
    assert.deepEqual(
      stories.map((s) => s.articleIds.length),
      [7, 6, 6],
      stories.map((s) => `${s.title} (${s.articleIds.length})`).join('; '),
    );
    await library.close();
  });

  it('reports each bad input with its file and still ingests the others', async () => {
    const bad = join(dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(bad, 'empty-folder'), { recursive: true });
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(bad, 'empty.txt'), '   \n');
    writeFileSync(
      join(bad, 'lines.jsonl'),
      `${JSON.stringify({ title: 'Good line', text: 'Port workers went back to work on Monday, the union said.' })}\n{not json\n`,
    );
    writeFileSync(
      join(bad, 'good.txt'),
      'A good article\n\nThe council approved the budget on Tuesday, officials said.',
    );
    const library = await Library.open(db);
    const summary = await ingestBatch(library, [bad, join(dir, 'missing.txt'), join(bad, 'empty-folder')]);
    await library.close();
    assert.equal(summary.new, 2, 'the good text file and the good JSONL line are stored');
    const messages = summary.errors.map((e) => e.message).join('\n');
    for (const name of [
      'missing.txt',
      'binary.txt',
      'latin1.txt',
      'empty.txt',
      'lines.jsonl:2',
      'empty-folder',
    ]) {
      assert.ok(messages.includes(name), `an error names ${name}:\n${messages}`);
    }
    for (const e of summary.errors) assert.ok(e.hint.length > 0, `${e.message} says what to do`);
  });
});
