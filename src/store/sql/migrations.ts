import type { Migration } from '../migration.js';

/** The few pieces of the schema the two engines write differently. */
export interface DdlSyntax {
  /** An integer key numbered in arrival order. */
  readonly serialKey: string;
  /** An integer key never reused, even after its row is deleted. */
  readonly uniqueSerialKey: string;
  /** Extra column definitions of `articles` (the generated search vector), each after a comma. */
  readonly articleSearchColumn: string;
  /** Index of `articles` in listing order (published newest first, then arrival). */
  readonly publishedIndex: string;
  /** Table options of `article_versions`. */
  readonly versionTableOptions: string;
  /** Statements that create the full-text index over `articles` (title and text). */
  readonly searchIndex: string;
  /** Index that lets a story's member list come from the index alone. */
  readonly membersIndex: string;
}

/**
 * The schema, oldest change first, written once for both engines. Tables are created unqualified (on
 * PostgreSQL in the schema the connection's search_path names). Append new migrations; never edit an
 * applied one (an engine's rendering of it must not change either).
 */
export function schemaMigrations(ddl: DdlSyntax): Migration[] {
  return [
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
        seq ${ddl.serialKey},
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
        updated_at text NOT NULL${ddl.articleSearchColumn}
      );
      CREATE INDEX articles_story ON articles(story_id, published);
      ${ddl.publishedIndex}
      CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

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
      )${ddl.versionTableOptions};

      CREATE TABLE story_merges (
        id ${ddl.serialKey},
        into_id text NOT NULL REFERENCES stories(id),
        from_id text NOT NULL REFERENCES stories(id),
        score double precision NOT NULL,
        at text NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges(into_id);
      CREATE INDEX story_merges_from ON story_merges(from_id);

      -- Times in ms since the epoch.
      CREATE TABLE jobs (
        id ${ddl.uniqueSerialKey},
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
      ${ddl.searchIndex}
    `,
    },
    {
      version: 2,
      name: 'covering index for story members',
      // Reading a 50,000-article story's members from the table rows (each holding its text) took
      // 0.5-1 s at 100,000 articles on SQLite; from this index, 0.15 s.
      sql: ddl.membersIndex,
    },
    {
      version: 3,
      name: 'entity registry: entities, links of article entities, merges',
      sql: `
      -- One person, organisation or place across the archive. An entity merged into another keeps its
      -- row with merged_into set; its links moved to the absorber, so no mention is lost.
      CREATE TABLE registry_entities (
        id text PRIMARY KEY,
        type text NOT NULL,
        name text NOT NULL,
        place text,
        aliases text NOT NULL,
        roles text NOT NULL,
        first_seen text,
        last_seen text,
        articles integer NOT NULL,
        mentions integer NOT NULL,
        merged_into text REFERENCES registry_entities(id),
        updated_at text NOT NULL
      );
      CREATE INDEX registry_entities_live ON registry_entities(merged_into, articles);

      -- Each entity of each article's latest version, linked to one registry entity, with why.
      CREATE TABLE entity_links (
        article_id text NOT NULL REFERENCES articles(id),
        entity_id text NOT NULL,
        registry_id text NOT NULL REFERENCES registry_entities(id),
        evidence text NOT NULL,
        matched text,
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX entity_links_registry ON entity_links(registry_id, article_id);

      CREATE TABLE registry_changes (
        id ${ddl.serialKey},
        kind text NOT NULL,
        from_id text NOT NULL,
        into_id text NOT NULL,
        evidence text NOT NULL,
        article_id text NOT NULL,
        note text NOT NULL,
        at text NOT NULL
      );
      CREATE INDEX registry_changes_into ON registry_changes(into_id);
      CREATE INDEX registry_changes_from ON registry_changes(from_id);
    `,
    },
    {
      version: 4,
      name: 'story change counter',
      // Bumped by every save that touches the story, so a cached view of it is checked with one
      // primary-key read whichever process saved.
      sql: 'ALTER TABLE stories ADD COLUMN changes integer NOT NULL DEFAULT 0;',
    },
  ];
}
