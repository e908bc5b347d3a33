/** One schema change: applied once, in order, inside a transaction, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
