import pg from 'pg';
import type { Database, DatabaseLogger, Queryable, QueryResult, Row } from './database.ts';
import { pgConnectionSettings } from './pg-tls.ts';
import { transactionScope } from './transaction-scope.ts';
import { keepText, parseByteaHex, parseInt8, TypeOid } from './value-parsers.ts';

export type PgDatabaseOptions = {
  connectionString: string;
  /** PEM of the CA that signed the server's certificate; TLS verifies against it (DB10). */
  caCert?: string | undefined;
  log: DatabaseLogger;
  maxConnections?: number;
  /** A runaway statement is cancelled after this long (default 30 s); migrations raise it for themselves. */
  statementTimeoutMs?: number;
};

const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
/** A transaction left open by a bug must not hold row locks forever. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
const CONNECT_TIMEOUT_MS = 10_000;

/** PostgreSQL through a `pg` pool. Connections are made on first use. */
export function createPgDatabase(options: PgDatabaseOptions): Database {
  const pool = new pg.Pool({
    ...pgConnectionSettings(options.connectionString, options.caCert),
    max: options.maxConnections ?? 10,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'metmap',
    types: { getTypeParser },
  });
  // An idle client that loses its connection emits 'error' on the pool; unhandled, it would crash the process.
  pool.on('error', (error) => options.log.error({ err: error }, 'PostgreSQL pool: idle connection failed'));

  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    ...connectionQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      const scope = transactionScope(connectionQueryable(client));
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(scope.tx);
        scope.end();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        scope.end();
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection is unusable; destroy it instead of returning it to the pool.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

function connectionQueryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params = []): Promise<QueryResult> {
      // 'extended' always uses Parse/Bind, so a multi-statement string fails here as it does on PGlite.
      const config: pg.QueryConfig & { queryMode: 'extended' } = { text: sql, values: [...params], queryMode: 'extended' };
      const result = await target.query<Row>(config);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      await target.query(sql);
    },
  };
}

const int8ArrayOid: number = TypeOid.int8Array;
/** pg's own int8[] parser, which yields strings (and nulls) that we then make exact numbers. */
const parseTextArray: (text: string) => unknown = pg.types.getTypeParser(int8ArrayOid, 'text');

function parseInt8Array(text: string): unknown {
  const items: unknown = parseTextArray(text);
  if (!Array.isArray(items)) throw new Error('int8[] did not parse to an array');
  return items.map((item: unknown) => (typeof item === 'string' ? parseInt8(item) : item));
}

function getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
  switch (oid) {
    case TypeOid.int8:
      return parseInt8;
    case TypeOid.int8Array:
      return parseInt8Array;
    case TypeOid.bytea:
      return parseByteaHex;
    case TypeOid.date:
    case TypeOid.interval:
      return keepText;
    default:
      return pg.types.getTypeParser(oid, format);
  }
}
