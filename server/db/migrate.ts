import { z } from 'zod';
import type { Database, Queryable } from './database.ts';
import { readMigrationFiles, type MigrationFile } from './migration-files.ts';
import { planMigrations, type AppliedMigration, type MigrationPlan } from './migration-plan.ts';

/** Advisory lock key held while migrating: "MetMap" in ASCII, so it reads as ours in `pg_locks`. */
export const MIGRATION_LOCK_KEY = 0x4d65744d6170;

/** Migrations may build indexes on big tables, and a second runner may wait for the first. */
const MIGRATION_STATEMENT_TIMEOUT_MS = 15 * 60_000;

export type MigrationLogger = { info(details: object, message: string): void };

export type MigrationReport = {
  /** Applied by this run, in order. */
  applied: { version: number; name: string }[];
  /** Number of migrations found already applied when the run finished. */
  upToDate: number;
  /** Recorded in the database by a newer release but absent from the folder. */
  unknown: { version: number; name: string }[];
};

const appliedRow = z.object({ version: z.number().int(), name: z.string(), checksum: z.string() });

/**
 * Applies the pending `NNNN_name.sql` files of `migrationsDir`, each in its own transaction that
 * first takes `pg_advisory_xact_lock` and then re-reads `schema_migrations`, so two instances
 * starting at once apply each migration exactly once. A transaction-scoped lock (not a session lock)
 * also works through a transaction-mode connection pooler. Throws on an edited applied migration.
 */
export async function runMigrations(db: Database, migrationsDir: string, log?: MigrationLogger): Promise<MigrationReport> {
  const files = await readMigrationFiles(migrationsDir);
  const applied: MigrationFile[] = [];
  for (;;) {
    const step = await db.transaction(async (tx) => {
      const plan = await lockAndPlan(tx, files);
      const next = plan.pending[0];
      if (next) {
        await tx.exec(next.sql);
        await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          next.version,
          next.name,
          next.checksum,
        ]);
      }
      return { plan, next };
    });
    if (!step.next) {
      const summary = (m: { version: number; name: string }) => ({ version: m.version, name: m.name });
      return { applied: applied.map(summary), upToDate: files.length - step.plan.pending.length, unknown: step.plan.unknown.map(summary) };
    }
    applied.push(step.next);
    log?.info({ version: step.next.version, name: step.next.name }, 'migration applied');
  }
}

async function lockAndPlan(tx: Queryable, files: readonly MigrationFile[]): Promise<MigrationPlan> {
  await tx.query("SELECT set_config('statement_timeout', $1, true)", [String(MIGRATION_STATEMENT_TIMEOUT_MS)]);
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  // Created under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide in pg_type.
  await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  // Read after the lock is granted: in READ COMMITTED this statement sees what the previous holder committed.
  const { rows } = await tx.query('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
  const recorded: AppliedMigration[] = rows.map((row) => appliedRow.parse(row));
  return planMigrations(files, recorded);
}
