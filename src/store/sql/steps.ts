import type { SqlSyntax } from './dialect.js';

/** A bound parameter value; a list (of ids, of kinds) is bound the way its engine reads lists. */
export type Param = string | number | null | readonly string[];
/** Named parameters of one statement (`@name` in its SQL). */
export type Params = Readonly<Record<string, Param>>;
/** A row as an engine returns it. */
export type Row = Record<string, unknown>;

/**
 * One statement of the store: its SQL with `@name` parameters, written once in the SQL both engines
 * read, with the few fragments they disagree on taken from the engine's `SqlSyntax`. Values are always
 * bound, never spliced (so no `@name` may appear inside a string literal of the SQL).
 */
export interface Statement<P extends Params, R> {
  readonly sql: (syntax: SqlSyntax) => string;
  /** Never set: carries the parameter and row types for the compiler. */
  readonly types?: { params: P; row: R };
}

/** A statement from its SQL (or a function of the engine's syntax giving it). */
export function statement<P extends Params, R = Row>(
  sql: string | ((syntax: SqlSyntax) => string),
): Statement<P, R> {
  return { sql: typeof sql === 'string' ? () => sql : sql };
}

/** One statement to run, as a store algorithm yields it to the engine that runs it. */
export interface Query {
  statement: Statement<Params, unknown>;
  params: Params;
}

/**
 * A store algorithm: a generator that yields the statements it needs and receives their rows. The
 * steps are written once; SQLite runs them synchronously inside its transaction, PostgreSQL awaits
 * each one on its connection.
 */
export type Steps<T> = Generator<Query, T, Row[]>;

/** The rows of one statement. */
export function* all<P extends Params, R>(statement: Statement<P, R>, params: P): Steps<R[]> {
  return (yield { statement, params }) as R[];
}

/** The first row of one statement, or undefined. */
export function* first<P extends Params, R>(statement: Statement<P, R>, params: P): Steps<R | undefined> {
  return (yield* all(statement, params))[0];
}

/** Runs one statement for its effect. */
export function* exec<P extends Params>(statement: Statement<P, unknown>, params: P): Steps<void> {
  yield { statement, params };
}

/** Runs `steps` to the end with an engine's synchronous `execute`. */
export function runSync<T>(steps: Steps<T>, execute: (query: Query) => Row[]): T {
  let next = steps.next();
  while (!next.done) next = steps.next(execute(next.value));
  return next.value;
}

/** Runs `steps` to the end with an engine's asynchronous `execute`. */
export async function runAsync<T>(steps: Steps<T>, execute: (query: Query) => Promise<Row[]>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await execute(next.value));
  return next.value;
}
