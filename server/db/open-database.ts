import type { Database, DatabaseLogger } from './database.ts';
import { createPgDatabase } from './pg-database.ts';
import { createPgliteDatabase } from './pglite-database.ts';

export type OpenDatabaseOptions = {
  /** PostgreSQL connection string; when unset, an embedded PGlite database lives in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The CA PostgreSQL's certificate must chain to (DB10). */
  databaseCaCert?: string | undefined;
  dataDir: string;
  /** Where pool errors go; console.error when omitted. */
  log?: DatabaseLogger;
};

const consoleLog: DatabaseLogger = {
  error: (details, message) => console.error(message, details),
};

/** PostgreSQL when a URL is configured, otherwise PGlite in the data folder. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    return createPgDatabase({ connectionString: options.databaseUrl, caCert: options.databaseCaCert, log: options.log ?? consoleLog });
  }
  return createPgliteDatabase({ dataDir: options.dataDir });
}
