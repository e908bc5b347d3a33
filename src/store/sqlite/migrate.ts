import type Database from 'better-sqlite3';
import { DossierError } from '../../errors.js';
import type { Migration } from '../migration.js';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own write transaction;
 * a no-op on an up-to-date file. A file from a newer Dossier is refused rather than guessed at.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const newest = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  const known = migrations.at(-1)?.version ?? 0;
  if ((newest.v ?? 0) > known) {
    throw new DossierError(
      `the database has schema version ${newest.v}, newer than this Dossier knows (${known})`,
      'Upgrade Dossier, or point --db at another database.',
    );
  }
  const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    // Re-checked inside the write lock: another process may have applied it meanwhile.
    db.transaction(() => {
      if (applied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
