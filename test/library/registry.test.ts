import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ingestBatch } from '../../src/library/ingest-batch.js';
import { Library } from '../../src/library/library.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const ROOT = join(import.meta.dirname, '..', '..');

/** Every invariant of a stored registry, read straight from the SQLite file. */
function assertConsistent(db: string): { links: number; entities: number } {
  const sql = new Database(db, { readonly: true });
  try {
    const articles = sql.prepare('SELECT id, features FROM articles').all() as {
      id: string;
      features: string;
    }[];
    let links = 0;
    for (const a of articles) {
      const source = (JSON.parse(a.features) as { link?: { source: { entities: { id: string }[] } } }).link
        ?.source;
      assert.ok(source, `${a.id} was stored without its link source`);
      const stored = sql
        .prepare('SELECT entity_id FROM entity_links WHERE article_id = ? ORDER BY entity_id')
        .all(a.id) as { entity_id: string }[];
      assert.deepEqual(
        stored.map((l) => l.entity_id).sort(),
        source.entities.map((e) => e.id).sort(),
        `${a.id}: one link per article entity`,
      );
      links += stored.length;
    }
    const dangling = sql
      .prepare(
        `SELECT l.article_id, l.registry_id FROM entity_links l JOIN registry_entities e ON e.id = l.registry_id
         WHERE e.merged_into IS NOT NULL`,
      )
      .all();
    assert.deepEqual(dangling, [], 'links point at live entities only');
    const counts = sql
      .prepare(
        `SELECT e.id, e.articles, (SELECT count(*) FROM entity_links l WHERE l.registry_id = e.id) AS n
         FROM registry_entities e WHERE e.merged_into IS NULL`,
      )
      .all() as { id: string; articles: number; n: number }[];
    for (const c of counts)
      assert.ok(c.articles >= c.n, `${c.id}: counts every link (${c.articles} < ${c.n})`);
    return { links, entities: counts.length };
  } finally {
    sql.close();
  }
}

describe('the entity registry of a library', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-registry-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('links every article entity as articles arrive, and a reopened library links on the same way', async () => {
    const db = join(dir, 'examples.db');
    const library = await Library.open(db);
    await ingestBatch(library, [EXAMPLES]);
    const { links } = assertConsistent(db);
    assert.ok(links > 100, `${links} links`);

    const us = await library.entity('U.S.');
    assert.equal(us.entity.id, 'ent-country:US');
    assert.equal(us.entity.name, 'United States');
    assert.ok(us.entity.stories.length >= 1);
    assert.equal((await library.entity('American officials')).entity.id, 'ent-country:US');
    const austin = await library.entity('Lloyd J. Austin III');
    assert.equal(austin.entity.type, 'PERSON');
    assert.ok(
      austin.quotes.some((q) => q.quote.text.includes('very serious')),
      'his quotes',
    );
    assert.equal((await library.entity(austin.entity.id)).entity.id, austin.entity.id);
    await assert.rejects(library.entity('Nobody Anywhere'), /no entity of that name or id/);
    const people = await library.entities({ type: 'PERSON' });
    assert.ok(people.every((e) => e.type === 'PERSON') && people.length > 5);
    await library.close();

    // Names resolve through the in-memory linker: a reopened library rebuilt it from the stored sources.
    const reopened = await Library.open(db);
    assert.equal((await reopened.entity('Lloyd J. Austin III')).entity.id, austin.entity.id);
    assert.equal((await reopened.entity('Austin')).entity.id, austin.entity.id);
    await reopened.close();
  });

  it('says which links the registry refused: a look-alike letter is stored, reported, never linked', async () => {
    const folder = join(dir, 'spoof');
    mkdirSync(folder);
    const latin = 'President Volodymyr Zelensky said on Monday that talks would resume in Geneva.';
    // The same sentence with a Cyrillic "е" in the surname.
    writeFileSync(join(folder, 'a.txt'), `Talks\n\n${latin}`);
    writeFileSync(join(folder, 'b.txt'), `Talks again\n\n${latin.replace('Zelensky', 'Zel\u0435nsky')}`);
    const library = await Library.open(join(dir, 'spoof.db'));
    const summary = await ingestBatch(library, [folder]);
    const spoofed = summary.warnings.filter((w) => w.message.includes('look-alike'));
    assert.equal(spoofed.length, 1, JSON.stringify(summary.warnings));
    assert.match(spoofed[0].message, /^entity registry: .*Zel\u0435nsky/);
    assert.equal(summary.new, 2);
    const real = await library.entity('Volodymyr Zelensky');
    assert.equal(real.entity.articles, 1);
    await library.close();
  });

  it('stays consistent when the ingesting process is killed mid-ingest', async () => {
    const db = join(dir, 'killed.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'ingest', EXAMPLES, '--create', '--db', db],
      { cwd: ROOT, stdio: 'ignore' },
    );
    // Kill it once a few articles are in: poll the file until it holds some.
    const started = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      let stored = 0;
      try {
        const sql = new Database(db, { readonly: true });
        stored = (sql.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        sql.close();
      } catch {
        // Not created yet.
      }
      if (stored >= 3 || child.exitCode !== null || Date.now() - started > 60_000) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    assertConsistent(db);

    // The next run completes the ingest from where the killed one stopped, consistently.
    const library = await Library.open(db);
    const summary = await ingestBatch(library, [EXAMPLES]);
    await library.close();
    assert.equal(summary.errors.length, 0);
    assertConsistent(db);
    assert.deepEqual(
      assertConsistent(db),
      assertConsistent(join(dir, 'examples.db')),
      'the same registry as an uninterrupted ingest',
    );
  });
});
