import type pg from 'pg';
import { chain } from '../sql/chain.js';
import type { SqlDialect, SqlSyntax } from '../sql/dialect.js';
import { type Params, type Query, type Row, runAsync, type Statement, type Steps } from '../sql/steps.js';
import { type Queryable, rows, transaction } from './sql.js';

/** PostgreSQL's way with the fragments the engines disagree on: text arrays, tsvector search. */
export const POSTGRES_SYNTAX: SqlSyntax = {
  inList: (column, param) => `${column} = ANY(CAST(@${param} AS text[]))`,
  bytewise: 'COLLATE "C"',
  skipLocked: 'FOR UPDATE SKIP LOCKED',
  // The headline is costly, so it is computed for the page of hits only.
  search: `WITH q AS (SELECT websearch_to_tsquery('english', @match) AS q),
    hits AS (
      SELECT a.seq, ts_rank_cd(a.search, q.q) AS score FROM articles a, q
      WHERE a.search @@ q.q ORDER BY score DESC, a.seq LIMIT @limit)
    SELECT a.id, a.title, a.outlet, a.published, a.story_id, h.score,
      ts_headline('english', a.text, q.q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
    FROM hits h JOIN articles a ON a.seq = h.seq, q
    ORDER BY h.score DESC, h.seq`,
};

/** A statement in PostgreSQL's form: `@name` parameters numbered `$n`, in the order of `names`. */
interface Compiled {
  text: string;
  names: string[];
}

/** A `@name` parameter (not the `@@` of a text-search match). */
const PARAMETER = /(?<![@\w])@([A-Za-z_]\w*)/g;

/** Numbers a statement's `@name` parameters as PostgreSQL's `$1`, `$2`…, one number per name. */
export function compile(sql: string): Compiled {
  const names: string[] = [];
  const text = sql.replace(PARAMETER, (_, name: string) => {
    const index = names.indexOf(name);
    return `$${index >= 0 ? index + 1 : names.push(name)}`;
  });
  return { text, names };
}

/** Runs the store's steps on a pool; a write takes one connection, a transaction and the schema's save lock. */
export class PostgresDialect implements SqlDialect {
  readonly syntax = POSTGRES_SYNTAX;
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly #compiled = new WeakMap<Statement<Params, unknown>, Compiled>();
  /** This process's exclusive work, one piece at a time, so its lanes wait here without a connection each. */
  readonly #inOrder = chain();

  constructor(pool: pg.Pool, schema: string) {
    this.#pool = pool;
    this.#schema = schema;
  }

  run<T>(steps: Steps<T>): Promise<T> {
    return runAsync(steps, (query) => this.#execute(this.#pool, query));
  }

  write<T>(steps: Steps<T>): Promise<T> {
    return transaction(this.#pool, async (client) => {
      // One writer at a time per schema: the hash check, the version number and the story
      // assignment of concurrent workers stay consistent, and no two saves deadlock on rows.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier:save:${this.#schema}`]);
      return runAsync(steps, (query) => this.#execute(client, query));
    });
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#inOrder(() => this.#locked(work));
  }

  /** `work` under the schema's session advisory lock, held on a connection of its own. */
  async #locked<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    const key = `dossier:exclusive:${this.#schema}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (!this.#pool.ended) await this.#pool.end();
  }

  #execute(db: Queryable, { statement, params }: Query): Promise<Row[]> {
    let compiled = this.#compiled.get(statement);
    if (!compiled) {
      compiled = compile(statement.sql(POSTGRES_SYNTAX));
      this.#compiled.set(statement, compiled);
    }
    return rows(
      db,
      compiled.text,
      compiled.names.map((name) => {
        const value = params[name];
        if (value === undefined) throw new Error(`statement parameter @${name} is not bound`);
        return value;
      }),
    );
  }
}
