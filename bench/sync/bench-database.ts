// The benchmark's own database: a fresh one on the local PostgreSQL (dropped at the end), or, when
// PostgreSQL does not answer, a PGlite data folder. Migrated here, with triggers that count every
// byte written to the update log and the snapshots (bench_writes), so compaction is counted too.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../server/db/database.ts';
import { runMigrations } from '../../server/db/migrate.ts';
import { createPgDatabase } from '../../server/db/pg-database.ts';
import { createPgliteDatabase } from '../../server/db/pglite-database.ts';
import { createLogger } from '../../server/logger.ts';
import { createFreshDatabase } from '../fresh-database.ts';

const MIGRATIONS = path.resolve(import.meta.dirname, '..', '..', 'migrations');

// One row per write, no shared counter row: concurrent appends never wait on each other for it.
const COUNTING_SQL = `
  CREATE TABLE bench_writes (tbl text NOT NULL, kind text, seq bigint NOT NULL, payload_bytes bigint NOT NULL, row_bytes bigint NOT NULL);
  CREATE FUNCTION bench_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO bench_writes VALUES ('yjs_updates', NULL, NEW.seq, octet_length(NEW.update), pg_column_size(NEW.*));
    RETURN NULL;
  END $$;
  CREATE FUNCTION bench_count_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO bench_writes VALUES ('yjs_snapshots', NEW.kind, NEW.seq, octet_length(NEW.state) + octet_length(NEW.state_vector), pg_column_size(NEW.*));
    RETURN NULL;
  END $$;
  CREATE TRIGGER bench_count_update AFTER INSERT ON yjs_updates FOR EACH ROW EXECUTE FUNCTION bench_count_update();
  CREATE TRIGGER bench_count_snapshot AFTER INSERT ON yjs_snapshots FOR EACH ROW EXECUTE FUNCTION bench_count_snapshot();`;

export type BenchDatabase = {
  kind: 'postgres' | 'pglite';
  /** What the server process gets: DATABASE_URL, or DATA_DIR for PGlite. */
  serverEnv: Record<string, string>;
  describe: string;
  /**
   * A connection of the coordinator's own. PostgreSQL: open for the whole run. PGlite: only one
   * process may open the folder, so this opens it after the server stopped.
   */
  open(): Promise<Database>;
  drop(): Promise<void>;
};


async function postgresAnswers(adminUrl: string): Promise<string | null> {
  const admin = createPgDatabase({ connectionString: adminUrl, log: { error() {} }, maxConnections: 1 });
  try {
    const { rows } = await admin.query('SHOW server_version');
    return String(rows[0]?.server_version ?? 'unknown');
  } catch {
    return null;
  } finally {
    await admin.close();
  }
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const version = await postgresAnswers(adminUrl);
  if (version === null) return createPgliteBenchDatabase(`PostgreSQL at ${new URL(adminUrl).host} did not answer`);
  const fresh = await createFreshDatabase(adminUrl, 'metmap_syncbench');
  await fresh.db.exec(COUNTING_SQL);
  return {
    kind: 'postgres',
    serverEnv: { DATABASE_URL: fresh.url },
    describe: `PostgreSQL ${fresh.postgresVersion} at ${new URL(fresh.url).host}, fresh database ${fresh.name}`,
    open: async () => fresh.db,
    drop: fresh.drop,
  };
}

async function createPgliteBenchDatabase(why: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'metmap-syncbench-pglite-'));
  const setup = await createPgliteDatabase({ dataDir });
  await runMigrations(setup, MIGRATIONS, createLogger('silent'));
  await setup.exec(COUNTING_SQL);
  await setup.close();
  let opened: Database | undefined;
  return {
    kind: 'pglite',
    serverEnv: { DATA_DIR: dataDir },
    describe: `PGlite in ${dataDir} (${why}; figures are not PostgreSQL's)`,
    open: async () => (opened ??= await createPgliteDatabase({ dataDir })),
    drop: async () => opened?.close(),
  };
}
