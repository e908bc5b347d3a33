import type { Migration } from '../migration.js';

/**
 * The PostgreSQL schema, oldest change first; the same tables as SQLite's, with a generated tsvector
 * in place of FTS5. Tables are created unqualified, in the schema the connection's search_path names.
 * Append new migrations; never edit an applied one.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, versions, stories, merges, jobs, full-text index',
    sql: `
      CREATE TABLE stories (
        id text PRIMARY KEY,
        title text NOT NULL,
        key_entities text NOT NULL DEFAULT '[]',
        merged_into text REFERENCES stories(id),
        created_at text NOT NULL,
        updated_at text NOT NULL
      );

      -- One row per article: its latest version's searchable fields and clustering state.
      -- seq is the arrival order (saves are serialised, so it is also commit order).
      CREATE TABLE articles (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        url text,
        title text NOT NULL,
        outlet text,
        published text,
        text text NOT NULL,
        story_id text REFERENCES stories(id),
        duplicate_of text REFERENCES articles(id),
        latest_version integer NOT NULL,
        features text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        -- A tsvector holds at most 1 MB, so only the first 200,000 characters of a text are indexed.
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, title), 'A') ||
          setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'B')
        ) STORED
      );
      CREATE INDEX articles_story ON articles(story_id, published);
      -- Matches listArticles' order, so the newest page is read from the index.
      CREATE INDEX articles_published ON articles(published DESC NULLS LAST, seq DESC);
      CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
      CREATE INDEX articles_search ON articles USING gin(search);

      -- Every version ever stored; revisions are news, so none is overwritten.
      CREATE TABLE article_versions (
        article_id text NOT NULL REFERENCES articles(id),
        version integer NOT NULL,
        content_hash text NOT NULL UNIQUE,
        title text NOT NULL,
        published text,
        article text NOT NULL,
        findings text NOT NULL,
        diff text,
        ingested_at text NOT NULL,
        PRIMARY KEY (article_id, version)
      );

      CREATE TABLE story_merges (
        id bigserial PRIMARY KEY,
        into_id text NOT NULL REFERENCES stories(id),
        from_id text NOT NULL REFERENCES stories(id),
        score double precision NOT NULL,
        at text NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges(into_id);
      CREATE INDEX story_merges_from ON story_merges(from_id);

      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        payload text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL,
        worker_id text,
        result text,
        error text,
        lease_until bigint,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL
      );
      CREATE INDEX jobs_claim ON jobs(status, id);
    `,
  },
  {
    version: 2,
    name: 'covering index for story members',
    // Lets a large story's member list come from an index-only scan, as on SQLite.
    sql: 'CREATE INDEX articles_members ON articles(story_id, seq) INCLUDE (id, outlet, published);',
  },
];
