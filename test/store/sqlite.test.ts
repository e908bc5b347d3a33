import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { DossierError } from '../../src/errors.js';
import { openStore, resolveStoreLocation } from '../../src/store/open.js';
import { migrateSqlite } from '../../src/store/sqlite/migrate.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { storeContract } from './contract.js';
import { record } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'dossier-store-'));
let files = 0;
after(() => rmSync(root, { recursive: true, force: true }));

storeContract('SQLite', {
  // A real file on disk, in a folder that does not exist yet (openStore creates it).
  newLocation: async () => join(root, `db-${++files}`, 'dossier.db'),
  open: (location, options) => openStore(location, options),
  exclusiveAcrossInstances: false,
  dispose: async (location) => rmSync(join(location, '..'), { recursive: true, force: true }),
});

describe('SQLite store file', () => {
  it('is a WAL database, its migrations recorded once across reopens', async () => {
    const path = join(root, 'wal', 'dossier.db');
    for (let i = 0; i < 3; i++) {
      const store = await openStore(path);
      if (i === 0) await store.saveArticle(record({ id: 'a1', text: 'Title\n\nBody.' }));
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      assert.deepEqual(
        applied,
        SQLITE_MIGRATIONS.map((m) => m.version),
      );
      assert.equal(db.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
      // The latest text is stored once, in the row the full-text index reads.
      assert.equal(
        db.prepare("SELECT json_extract(article, '$.text') FROM article_versions").pluck().get(),
        null,
      );
      assert.equal(
        db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'body'").pluck().get(),
        1,
      );
    } finally {
      db.close();
    }
  });

  it('upgrades a file written at an older schema version, keeping its data', async () => {
    const path = join(root, 'old', 'dossier.db');
    mkdirSync(join(root, 'old'));
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrateSqlite(old, SQLITE_MIGRATIONS.slice(0, 1));
    old
      .prepare(
        `INSERT INTO articles (id, title, text, latest_version, features, created_at, updated_at)
         VALUES ('a1', 'Old', 'Old text', 1, '{}', '', '')`,
      )
      .run();
    old.close();
    const store = await openStore(path);
    try {
      assert.deepEqual(
        (await store.listArticles()).map((a) => a.title),
        ['Old'],
      );
      assert.deepEqual(
        (await store.search('old text')).map((h) => h.articleId),
        ['a1'],
      );
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    assert.deepEqual(
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(),
      SQLITE_MIGRATIONS.map((m) => m.version),
    );
    assert.equal(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'articles_members'").pluck().get(),
      1,
    );
    db.close();
  });

  it('shares one file between processes writing and claiming at once', async () => {
    const path = join(root, 'shared', 'dossier.db');
    const store = await openStore(path);
    const jobs = new Set<number>();
    for (let i = 0; i < 60; i++) jobs.add(await store.enqueueJob('ingest', { i }));
    const writer = (prefix: string) =>
      promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        join(here, 'sqlite-writer.ts'),
        path,
        prefix,
        '40',
      ]);
    const outputs = await Promise.all([writer('p'), writer('q')]);
    const claimed = outputs.flatMap((o) => JSON.parse(o.stdout) as number[]);
    assert.equal(claimed.length, 60);
    assert.deepEqual(new Set(claimed), jobs);
    assert.deepEqual(await store.count(), {
      articles: 80,
      versions: 80,
      stories: 1,
      merges: 0,
      duplicates: 0,
    });
    assert.equal((await store.getStory('shared'))?.articleIds.length, 80);
    await store.close();
  });

  it('refuses a path it cannot create, naming it and saying what to do', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'not a folder');
    const location = join(file, 'sub', 'dossier.db');
    const err = await openStore(location).then(
      () => assert.fail('opened a database under a file'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof DossierError);
    assert.ok(err.message.startsWith(`${location}: `), err.message);
    assert.match(err.hint, /--db|DOSSIER_DB/);
  });

  it('refuses a folder it cannot create under /proc without hanging', async () => {
    const location = '/proc/dossier-no-such-folder/sub/dossier.db';
    await assert.rejects(
      openStore(location),
      (e: unknown) => e instanceof DossierError && e.message.includes(location),
    );
  });

  it('refuses a file that is not a database', async () => {
    const file = join(root, 'garbage.db');
    writeFileSync(file, Buffer.alloc(4096, 7));
    await assert.rejects(
      openStore(file),
      (e: unknown) => e instanceof DossierError && e.message.includes(file),
    );
  });

  it('refuses a database written by a newer schema', async () => {
    const path = join(root, 'newer', 'dossier.db');
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '')").run();
    db.close();
    await assert.rejects(
      openStore(path),
      (e: unknown) => e instanceof DossierError && /newer/.test(e.message),
    );
  });
});

describe('resolveStoreLocation', () => {
  it('takes --db, else DOSSIER_DB, else ./dossier.db', () => {
    assert.equal(resolveStoreLocation('x.db', { DOSSIER_DB: 'env.db' }), 'x.db');
    assert.equal(resolveStoreLocation(undefined, { DOSSIER_DB: 'postgres://h/db' }), 'postgres://h/db');
    assert.equal(resolveStoreLocation('  ', { DOSSIER_DB: '' }), './dossier.db');
    assert.equal(resolveStoreLocation(undefined, {}), './dossier.db');
  });
});
