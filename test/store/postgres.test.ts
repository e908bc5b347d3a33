import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { DossierError } from '../../src/errors.js';
import { openStore } from '../../src/store/open.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { storeContract } from './contract.js';

/** The CI server (trust auth); DOSSIER_TEST_PG overrides it. */
const SERVER = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Every schema this run creates starts with this, so the run can drop them all after. */
const RUN = `dossier_test_${randomBytes(4).toString('hex')}`;

const admin = new pg.Pool({ connectionString: SERVER, max: 2, connectionTimeoutMillis: 3000 });
admin.on('error', () => {});

before(async () => {
  try {
    await admin.query('SELECT 1');
  } catch (err) {
    throw new Error(
      `PostgreSQL is unreachable at ${SERVER} (${(err as Error).message}). These tests need a running server: ` +
        'start it (CI provides one) or point DOSSIER_TEST_PG at one.',
    );
  }
});

after(async () => {
  const left = await admin.query<{ nspname: string }>(
    "SELECT nspname FROM pg_namespace WHERE nspname LIKE $1 || '%'",
    [RUN],
  );
  for (const row of left.rows) await admin.query(`DROP SCHEMA "${row.nspname}" CASCADE`);
  await admin.end();
});

/** A location in a new schema of this run. */
function schemaUrl(schema: string): string {
  const url = new URL(SERVER);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Empties the run's schema when it exists (the contract's tests run one after another). */
async function emptyRunSchema(): Promise<void> {
  const found = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [RUN]);
  if (found.rowCount === 0) return;
  // DELETE, not TRUNCATE: on these few rows it takes milliseconds, TRUNCATE 0.2 s on a loaded machine.
  for (const table of [
    'entity_links',
    'registry_changes',
    'registry_entities',
    'story_merges',
    'article_versions',
    'articles',
    'stories',
    'jobs',
  ]) {
    await admin.query(`DELETE FROM "${RUN}".${table}`);
  }
}

// One schema per run, emptied for each test (creating and migrating one per test is slower);
// it is dropped with the run's other schemas after.
storeContract('PostgreSQL', {
  newLocation: async () => {
    await emptyRunSchema();
    return schemaUrl(RUN);
  },
  open: (location, options) => openStore(location, options),
  exclusiveAcrossInstances: true,
  dispose: async () => {},
});

describe('PostgreSQL store schema', () => {
  it('creates its tables in the named schema and records each migration once across reopens', async () => {
    const schema = `${RUN}_migrations`;
    for (let i = 0; i < 3; i++) await (await openStore(schemaUrl(schema))).close();
    const applied = await admin.query<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    );
    assert.deepEqual(
      applied.rows.map((r) => r.version),
      POSTGRES_MIGRATIONS.map((m) => m.version),
    );
    const tables = await admin.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    assert.deepEqual(
      tables.rows.map((r) => r.table_name),
      [
        'article_versions',
        'articles',
        'entity_links',
        'jobs',
        'registry_changes',
        'registry_entities',
        'schema_migrations',
        'stories',
        'story_merges',
      ],
    );
  });

  it('migrates once when several stores open a new schema at the same time', async () => {
    const url = schemaUrl(`${RUN}_race`);
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    for (const store of stores) await store.close();
  });

  it('refuses a schema written by a newer Dossier', async () => {
    const schema = `${RUN}_newer`;
    await (await openStore(schemaUrl(schema))).close();
    await admin.query(`INSERT INTO "${schema}".schema_migrations VALUES (999, 'future', '')`);
    await assert.rejects(
      openStore(schemaUrl(schema)),
      (e: unknown) => e instanceof DossierError && /newer than this Dossier/.test(e.message),
    );
  });

  it('names an unreachable server without its password and says what to do', async () => {
    const err = await openStore('postgres://postgres:secret@127.0.0.1:1/test').then(
      () => assert.fail('opened an unreachable server'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof DossierError);
    assert.match(err.message, /127\.0\.0\.1:1/);
    assert.doesNotMatch(err.message, /secret/);
    assert.match(err.hint, /server is running/);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await assert.rejects(
      openStore(schemaUrl('x"; DROP SCHEMA public; --')),
      (e: unknown) => e instanceof DossierError && /invalid schema name/.test(e.message),
    );
  });
});
