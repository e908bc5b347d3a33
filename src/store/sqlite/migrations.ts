import type { Migration } from '../migration.js';
import { schemaMigrations } from '../sql/migrations.js';

/** The SQLite schema: rowid keys, FTS5 for search. */
export const SQLITE_MIGRATIONS: readonly Migration[] = schemaMigrations({
  // A column declared `integer PRIMARY KEY` is the rowid, which the full-text index points at.
  serialKey: 'integer PRIMARY KEY',
  uniqueSerialKey: 'integer PRIMARY KEY AUTOINCREMENT',
  articleSearchColumn: '',
  publishedIndex: 'CREATE INDEX articles_published ON articles(published, seq);',
  versionTableOptions: ' WITHOUT ROWID',
  // External-content index over the articles table, kept in sync by triggers; re-pointing an
  // article to another story does not touch it.
  searchIndex: `
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;`,
  membersIndex: 'CREATE INDEX articles_members ON articles(story_id, seq, id, outlet, published);',
});
