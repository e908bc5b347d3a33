import type pg from 'pg';
import { DossierError } from '../../errors.js';
import type { Migration } from '../migration.js';
import { transaction } from './sql.js';

/**
 * Creates `schema` and its `schema_migrations` table when missing, then applies the migrations not yet
 * recorded, each in its own transaction. Every step holds an advisory lock on the schema, so workers
 * starting together migrate once. A no-op on an up-to-date schema. `schema` must be a plain identifier.
 */
export async function migratePostgres(
  pool: pg.Pool,
  schema: string,
  migrations: readonly Migration[],
): Promise<void> {
  const lock = `dossier:migrate:${schema}`;
  const known = migrations.at(-1)?.version ?? 0;
  const applied = await transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const found = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    return new Set(found.rows.map((r) => r.version));
  });
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new DossierError(
      `the database has schema version ${newest}, newer than this Dossier knows (${known})`,
      'Upgrade Dossier, or point --db at another database or schema.',
    );
  }
  // An up-to-date schema costs one transaction; each pending migration gets its own.
  for (const migration of migrations.filter((m) => !applied.has(m.version))) {
    await transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      // Re-checked under the lock: another process may have applied it meanwhile.
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done.rowCount) return;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  }
}
