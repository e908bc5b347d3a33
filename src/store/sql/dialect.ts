import type { Steps } from './steps.js';

/** The few fragments of SQL the two engines write differently; everything else is written once. */
export interface SqlSyntax {
  /** `column` is one of the strings of the list parameter `param`. */
  inList(column: string, param: string): string;
  /** Orders text byte by byte, whatever the database's collation. */
  readonly bytewise: string;
  /** Appended to a row-claiming subquery so concurrent claimers skip each other's rows ('' when writes are serial). */
  readonly skipLocked: string;
  /**
   * The full-text search: `@match` (phrases from `quotedPhrases`) and `@limit` in; rows of id, title,
   * outlet, published, story_id, snippet (hits in `[` `]`) and score (higher is better) out, best first.
   */
  readonly search: string;
}

/**
 * The port a database engine implements for `SqlStore`: how to run the store's steps, and its syntax.
 * A new table needs a migration per engine and its statements in `statements.ts`; nothing here.
 */
export interface SqlDialect {
  readonly syntax: SqlSyntax;
  /** Runs steps statement by statement, each atomic on its own (reads, single-statement writes). */
  run<T>(steps: Steps<T>): Promise<T>;
  /**
   * Runs steps as one transaction, all or nothing, one at a time per database (SQLite: BEGIN
   * IMMEDIATE; PostgreSQL: an advisory lock per schema), so a save never sees another half done.
   */
  write<T>(steps: Steps<T>): Promise<T>;
  /** See `Store.exclusive`. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Releases the connection(s). */
  close(): Promise<void>;
}
