import { randomBytes } from 'node:crypto';
import type { Database, DatabaseLogger } from '../server/db/database.ts';
import { createPgDatabase } from '../server/db/pg-database.ts';
import { createPgliteDatabase } from '../server/db/pglite-database.ts';

/** A database made for one test (or one test file); `cleanup` closes it and drops what it created. */
export type TestDatabase = {
  db: Database;
  /** Connection string of the fresh PostgreSQL database, so a test can open a second pool on it. */
  url?: string;
  cleanup(): Promise<void>;
};

export type TestDatabaseTarget = {
  kind: Database['kind'];
  create(): Promise<TestDatabase>;
};

// Test helpers are a composition root for tests, so they read the environment here and nowhere else.
const adminUrl = process.env.TEST_DATABASE_URL || undefined;

const testLog: DatabaseLogger = { error: (details, message) => console.error(message, details) };

/**
 * With TEST_DATABASE_URL: a fresh PostgreSQL database (`metmap_t_<random>`) created through that
 * URL and dropped by `cleanup`. Without it: an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  return adminUrl ? createPostgresTestDatabase(adminUrl) : createPgliteTestDatabase();
}

/** Where a contract suite should run: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [{ kind: 'pglite', create: createPgliteTestDatabase }];
  if (adminUrl) {
    const url = adminUrl;
    targets.push({ kind: 'postgres', create: () => createPostgresTestDatabase(url) });
  } else {
    warnPostgresSkippedOnce();
  }
  return targets;
}

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const db = await createPgliteDatabase();
  return { db, cleanup: () => db.close() };
}

async function createPostgresTestDatabase(admin: string): Promise<TestDatabase> {
  const name = `metmap_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(admin, (db) => db.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = createPgDatabase({ connectionString: url.toString(), log: testLog });
  return {
    db,
    url: url.toString(),
    async cleanup() {
      await db.close();
      // FORCE: a second pool a test opened and forgot must not keep the database alive.
      await withAdmin(admin, (adminDb) => adminDb.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(admin: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = createPgDatabase({ connectionString: admin, log: testLog, maxConnections: 1 });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

let warned = false;
function warnPostgresSkippedOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(
    'TEST_DATABASE_URL is not set: database tests run on PGlite only; the PostgreSQL run is skipped. ' +
      'Set e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to include it.',
  );
}
