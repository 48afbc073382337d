/**
 * The one database interface the server uses, implemented over `pg` (PostgreSQL) and PGlite.
 * Rows come back as untyped data: callers parse them with zod at the edge.
 *
 * Values read back are the same in both implementations: int8 → number (throws past 2^53),
 * bytea → Uint8Array, text[] → string[], jsonb → parsed JSON, timestamptz → Date,
 * date → 'YYYY-MM-DD' string, numeric and interval → string.
 * Parameters: pass bytea as Uint8Array, arrays as JS arrays, and jsonb as `JSON.stringify(value)`
 * (`pg` would turn a JS array into a PostgreSQL array literal, not JSON).
 */
/** One row as the driver parsed it; parse it with zod before trusting its shape. */
export type Row = Record<string, unknown>;

export type QueryResult = {
  rows: Row[];
  /** Rows returned by a SELECT or touched by INSERT/UPDATE/DELETE; 0 for other statements. */
  rowCount: number;
};

/** Something that runs SQL: the database itself, or an open transaction. */
export interface Queryable {
  /** Runs exactly one statement with `$1`-style parameters; a script of several statements is rejected. */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  /** Runs a script of several statements without parameters (migrations); results are discarded. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK and rethrow when it throws.
   * Transactions never interleave with each other or with statements outside them. Use only `tx`
   * inside `fn`: on PGlite (one connection) a call to the outer database would wait for the
   * transaction to end, which never happens.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the pool or the embedded database; later calls reject. Safe to call twice. */
  close(): Promise<void>;
}

/** The slice of a pino logger the pool reports connection failures to. */
export type DatabaseLogger = {
  error(details: object, message: string): void;
};
