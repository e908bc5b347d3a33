import { openPostgresStore } from './postgres/open.js';
import { openSqliteStore } from './sqlite/open.js';
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
