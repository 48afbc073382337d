import type { Queryable } from './database.ts';

/**
 * Wraps a connection for the duration of one transaction. Once `end()` is called every use throws:
 * on pg the connection goes back to the pool, and a late query would run in someone else's transaction.
 */
export function transactionScope(connection: Queryable): { tx: Queryable; end(): void } {
  let ended = false;
  const ensureOpen = () => {
    if (ended) throw new Error('transaction already ended: a query escaped its transaction callback');
  };
  const tx: Queryable = {
    query: async (sql, params) => {
      ensureOpen();
      return connection.query(sql, params);
    },
    exec: async (sql) => {
      ensureOpen();
      return connection.exec(sql);
    },
  };
  return { tx, end: () => (ended = true) };
}
