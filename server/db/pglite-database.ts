import { mkdir } from 'node:fs/promises';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult, Row } from './database.ts';
import { transactionScope } from './transaction-scope.ts';
import { keepText, parseByteaHex, parseInt8 } from './value-parsers.ts';

export type PgliteDatabaseOptions = {
  /** Folder holding the database files (created if missing); in memory when omitted. */
  dataDir?: string;
};

/**
 * Embedded PostgreSQL (PGlite) for machines without a server. It has one connection, so PGlite's
 * own transaction lock serializes transactions, and statements outside a transaction wait for it.
 * Only one process may open a data folder at a time.
 */
export async function createPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  // PGlite creates only the last folder of the path; a fresh DATA_DIR like ./data/db needs all of it.
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    parsers: {
      [types.INT8]: parseInt8,
      [types.BYTEA]: parseByteaHex,
      [types.DATE]: keepText,
      [types.INTERVAL]: keepText,
    },
  });

  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    ...connectionQueryable(pglite),
    async transaction(fn) {
      // PGlite issues BEGIN, COMMIT or ROLLBACK-and-rethrow around the callback under its transaction lock.
      return pglite.transaction(async (pgliteTx) => {
        const scope = transactionScope(connectionQueryable(pgliteTx));
        try {
          return await fn(scope.tx);
        } finally {
          scope.end();
        }
      });
    },
    close() {
      closing ??= pglite.close();
      return closing;
    },
  };
}

function connectionQueryable(target: PGlite | Transaction): Queryable {
  return {
    async query(sql, params = []): Promise<QueryResult> {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}
