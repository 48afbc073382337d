// A database of the benchmark's own on the local PostgreSQL, created at start and dropped at the end.
import path from 'node:path';
import type { Database } from '../server/db/database.ts';
import { runMigrations } from '../server/db/migrate.ts';
import { createPgDatabase } from '../server/db/pg-database.ts';
import { createLogger } from '../server/logger.ts';

const log = { error: (details: object, message: string) => console.error(message, details) };

export type FreshDatabase = {
  name: string;
  url: string;
  /** A small pool of the coordinator's own (seeding, checks). */
  db: Database;
  postgresVersion: string;
  drop(): Promise<void>;
};

/** `prefix` names the database (`<prefix>_<time>`), so a leftover tells which benchmark left it. */
export async function createFreshDatabase(adminUrl: string, prefix: string): Promise<FreshDatabase> {
  const name = `${prefix}_${Date.now()}`;
  const admin = createPgDatabase({ connectionString: adminUrl, log, maxConnections: 1 });
  let postgresVersion: string;
  try {
    const { rows } = await admin.query('SHOW server_version');
    postgresVersion = String(rows[0]?.server_version ?? 'unknown');
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createPgDatabase({ connectionString: url.toString(), log, maxConnections: 4 });
  // Migrated here, so users can be seeded before a server starts (the server finds nothing to do).
  await runMigrations(db, path.resolve(import.meta.dirname, '..', 'migrations'), createLogger('silent'));
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    db,
    postgresVersion,
    drop: () =>
      (dropped ??= (async () => {
        await db.close();
        const again = createPgDatabase({ connectionString: adminUrl, log, maxConnections: 1 });
        try {
          await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await again.close();
        }
      })()),
  };
}
