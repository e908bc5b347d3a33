import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DossierError } from '../../errors.js';
import { SqlStore } from '../sql/sql-store.js';
import type { Store, StoreOptions } from '../store.js';
import { SqliteDialect } from './dialect.js';
import { migrateSqlite } from './migrate.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

/** How long a writer waits for another process's write lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating when missing) a SQLite file in WAL mode with foreign keys on, and applies pending migrations. */
export function openSqliteDatabase(path: string): Database.Database {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed transaction on a crash of the process, only on power loss.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db, SQLITE_MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens the SQLite store at a file path, creating the file and its folder. A path that cannot be
 * created or opened, or a file that is not a Dossier database, is a DossierError naming the path.
 */
export function openSqliteStore(location: string, options: StoreOptions): Store {
  const path = resolve(location);
  try {
    makeFolder(dirname(path));
    return new SqlStore(new SqliteDialect(openSqliteDatabase(path)), options);
  } catch (err) {
    if (err instanceof DossierError) throw new DossierError(err.message, err.hint, location);
    throw new DossierError(
      `cannot open the SQLite database (${(err as Error).message})`,
      'Pass a writable SQLite file path with --db or DOSSIER_DB (its folder must be writable too), or a postgres:// URL.',
      location,
    );
  }
}

/**
 * Creates a folder and its missing parents one level at a time. Node's recursive mkdir spins forever
 * under /proc (seen on Node 20), so an impossible path must fail here with an error instead.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}
