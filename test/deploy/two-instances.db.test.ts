import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Queryable } from '../../server/db/database.ts';
import { MIGRATION_LOCK_KEY } from '../../server/db/migrate.ts';
import { MIGRATIONS_DIR, readMigrationFiles } from '../../server/db/migration-files.ts';
import { testDatabaseTargets } from '../db.ts';
import { cleanPath } from './dockerfile-emulator.ts';
import { startServerProcess } from './server-process.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const postgres = testDatabaseTargets().find((target) => target.kind === 'postgres');

// Two processes cannot share one PGlite folder, so this needs PostgreSQL (TEST_DATABASE_URL).
describe.skipIf(!postgres)('two instances starting at the same moment', () => {
  it('OPS4: both come up on one fresh PostgreSQL database and every migration is applied exactly once', async () => {
    if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
    const created = await postgres.create();
    onTestFinished(() => created.cleanup());
    const { db, url } = created;
    const files = await readMigrationFiles(MIGRATIONS_DIR);
    const env = {
      PATH: cleanPath(path.dirname(process.execPath)),
      HOME: process.env.HOME ?? '/tmp',
      DATABASE_URL: url ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      CLIENT_DIR: 'does-not-exist',
    };

    // Holding the migration lock until both instances wait on it makes them contend for real,
    // rather than one finishing before the other starts.
    const servers = await db.transaction(async (holder) => {
      await holder.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const starting = [0, 1].map(() => startServerProcess(process.execPath, ['server/main.ts'], { cwd: REPO, env }));
      for (const start of starting) start.then((server) => onTestFinished(() => server.stop().then(() => undefined)), () => {});
      await vi.waitFor(async () => expect(await advisoryLockWaiters(holder)).toBe(2), { timeout: 30_000, interval: 50 });
      return starting;
    });
    const [first, second] = await Promise.all(servers);
    if (!first || !second) throw new Error('an instance did not start');

    for (const server of [first, second]) {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
    }
    const { rows } = await db.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(files.map((file) => file.version));
    const appliedLines = (first.output() + second.output()).match(/"msg":"migration applied"/g) ?? [];
    expect(appliedLines).toHaveLength(files.length);

    expect(await first.stop()).toBe(0);
    expect(await second.stop()).toBe(0);
  });
});

async function advisoryLockWaiters(db: Queryable): Promise<number> {
  const { rows } = await db.query(
    "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
  );
  return Number(rows[0]?.n);
}
