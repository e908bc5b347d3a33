import pg from 'pg';
import { DossierError } from '../../errors.js';
import { SqlStore } from '../sql/sql-store.js';
import type { Store, StoreOptions } from '../store.js';
import { PostgresDialect } from './dialect.js';
import { migratePostgres } from './migrate.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/**
 * Schema names are spliced into DDL and search_path, so only plain lower-case identifiers are accepted
 * (search_path folds case, a quoted CREATE SCHEMA does not).
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Connections per store: enough for a worker's concurrent claims and saves. */
const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 5000;

/** A connection URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Opens a PostgreSQL store: a pool on `url` whose connections use the URL's `?schema=` parameter (else
 * `options.schema`), created with its tables when missing. An unreachable server or a bad URL is a
 * DossierError naming the URL without its password.
 */
export async function openPostgresStore(url: string, options: StoreOptions): Promise<Store> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DossierError(
      'not a valid PostgreSQL URL',
      'Write it as postgres://user@host:5432/database.',
      redactUrl(url),
    );
  }
  const schema = parsed.searchParams.get('schema') ?? options.schema;
  parsed.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) {
    throw new DossierError(
      `invalid schema name "${schema}"`,
      'Use lower-case letters, digits and underscores only, starting with a letter.',
      redactUrl(url),
    );
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: `-c search_path=${schema}`,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool, schema, POSTGRES_MIGRATIONS);
  } catch (err) {
    await pool.end();
    if (err instanceof DossierError) throw new DossierError(err.message, err.hint, redactUrl(url));
    throw new DossierError(
      `cannot open the PostgreSQL database (${(err as Error).message})`,
      'Check that the server is running and the URL (user, host, port, database) is right.',
      redactUrl(url),
    );
  }
  return new SqlStore(new PostgresDialect(pool, schema), { ...options, schema });
}
