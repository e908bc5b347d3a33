import type Database from 'better-sqlite3';
import { chain } from '../sql/chain.js';
import type { SqlDialect, SqlSyntax } from '../sql/dialect.js';
import { type Params, type Query, type Row, runSync, type Statement, type Steps } from '../sql/steps.js';

/** SQLite's way with the fragments the engines disagree on: lists as JSON arrays, FTS5 for search. */
export const SQLITE_SYNTAX: SqlSyntax = {
  inList: (column, param) => `${column} IN (SELECT value FROM json_each(@${param}))`,
  bytewise: 'COLLATE BINARY',
  // One writer at a time: a claim's UPDATE holds the write lock from its first read.
  skipLocked: '',
  // Ranks on the index alone, then joins rows and cuts snippets for the page of hits only: the
  // one-pass form did both for every match (1.1 s for a word in 80,000 of 100,000 articles; now 0.25 s).
  search: `SELECT a.id, a.title, a.outlet, a.published, a.story_id,
      snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet, -bm25(articles_fts, 5.0, 1.0) AS score
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH @match AND articles_fts.rowid IN (
      SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match
      ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT @limit)
    ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq`,
};

/**
 * Runs the store's steps on one better-sqlite3 connection: synchronously, so a write's steps run
 * inside one `BEGIN IMMEDIATE` transaction; statements are prepared once.
 */
export class SqliteDialect implements SqlDialect {
  readonly syntax = SQLITE_SYNTAX;
  readonly #db: Database.Database;
  readonly #prepared = new WeakMap<Statement<Params, unknown>, Database.Statement>();
  /** Exclusive work, one piece at a time. */
  readonly #inOrder = chain();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async run<T>(steps: Steps<T>): Promise<T> {
    return runSync(steps, (query) => this.#execute(query));
  }

  async write<T>(steps: Steps<T>): Promise<T> {
    return this.#db.transaction(() => runSync(steps, (query) => this.#execute(query))).immediate();
  }

  // One process writes a SQLite file, so in-process order is all `exclusive` needs.
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#inOrder(work);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  #execute({ statement, params }: Query): Row[] {
    let prepared = this.#prepared.get(statement);
    if (!prepared) {
      prepared = this.#db.prepare(statement.sql(SQLITE_SYNTAX));
      this.#prepared.set(statement, prepared);
    }
    const bound: Record<string, string | number | null> = {};
    for (const [name, value] of Object.entries(params)) {
      // Lists are read by json_each.
      bound[name] = Array.isArray(value) ? JSON.stringify(value) : (value as string | number | null);
    }
    if (prepared.reader) return prepared.all(bound) as Row[];
    prepared.run(bound);
    return [];
  }
}
