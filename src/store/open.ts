import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DossierError } from '../errors.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteDatabase, SqliteStore } from './sqlite/sqlite-store.js';
import { STORE_DEFAULTS, type Store, type StoreOptions } from './store.js';

/** Where the store lives when nothing else says: a SQLite file in the working folder. */
export const DEFAULT_STORE_LOCATION = './dossier.db';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** The store location: the `--db` value, else `$DOSSIER_DB`, else `./dossier.db`. */
export function resolveStoreLocation(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag?.trim() || env.DOSSIER_DB?.trim() || DEFAULT_STORE_LOCATION;
}

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL is PostgreSQL (an optional
 * `?schema=NAME` picks the schema), anything else a SQLite file, created with its folder. Pending
 * migrations are applied either way. A location that cannot be opened is a DossierError naming it.
 */
export async function openStore(location: string, options: Partial<StoreOptions> = {}): Promise<Store> {
  const settings: StoreOptions = { ...STORE_DEFAULTS, ...options };
  if (POSTGRES_URL.test(location)) return openPostgresStore(location, settings);
  return openSqliteStore(location, settings);
}

function openSqliteStore(location: string, options: StoreOptions): Store {
  const path = resolve(location);
  try {
    mkdirSync(dirname(path), { recursive: true });
    return new SqliteStore(openSqliteDatabase(path), options);
  } catch (err) {
    if (err instanceof DossierError) throw new DossierError(err.message, err.hint, location);
    throw new DossierError(
      `cannot open the SQLite database (${(err as Error).message})`,
      'Pass a writable SQLite file path with --db or DOSSIER_DB (its folder must be writable too), or a postgres:// URL.',
      location,
    );
  }
}
