import type { Migration } from '../migration.js';
import { schemaMigrations } from '../sql/migrations.js';

/** The PostgreSQL schema: bigserial keys, a generated tsvector in place of FTS5. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = schemaMigrations({
  serialKey: 'bigserial PRIMARY KEY',
  uniqueSerialKey: 'bigserial PRIMARY KEY',
  // A tsvector holds at most 1 MB, so only the first 200,000 characters of a text are indexed.
  articleSearchColumn: `,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, title), 'A') ||
          setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'B')
        ) STORED`,
  // Matches listArticles' order, so the newest page is read from the index.
  publishedIndex: 'CREATE INDEX articles_published ON articles(published DESC NULLS LAST, seq DESC);',
  versionTableOptions: '',
  searchIndex: 'CREATE INDEX articles_search ON articles USING gin(search);',
  membersIndex: 'CREATE INDEX articles_members ON articles(story_id, seq) INCLUDE (id, outlet, published);',
});
