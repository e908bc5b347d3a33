import type pg from 'pg';

/** Something that runs a query: the pool, or one checked-out connection inside a transaction. */
export type Queryable = pg.Pool | pg.PoolClient;
/** A bound parameter value. */
export type Param = string | number | boolean | null | readonly string[];

/** Runs `work` in one transaction on one pooled connection: committed when it returns, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot roll back is not handed to anyone else.
      broken = rollbackError as Error;
    }
    throw err;
  } finally {
    client.release(broken);
  }
}

/** The rows of a parameterised query; string parameters lose NUL characters, which PostgreSQL text cannot hold. */
export async function rows<R extends pg.QueryResultRow>(
  db: Queryable,
  sql: string,
  params: readonly Param[] = [],
): Promise<R[]> {
  // JSON text escapes NUL as \u0000, so only plain text columns (titles, texts) ever lose one.
  const bound = params.map((p) => (typeof p === 'string' ? p.replace(/\u0000/g, '') : p));
  return (await db.query<R>(sql, bound)).rows;
}
