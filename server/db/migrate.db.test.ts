import { execFile } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { testDatabaseTargets, type TestDatabase, type TestDatabaseTarget } from '../../test/db.ts';
import type { Queryable } from './database.ts';
import { createPgDatabase } from './pg-database.ts';
import { MIGRATIONS_DIR, MigrationFolderError, readMigrationFiles } from './migration-files.ts';
import { MigrationMismatchError } from './migration-plan.ts';
import { MIGRATION_LOCK_KEY, runMigrations } from './migrate.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

async function freshDatabase(target: TestDatabaseTarget): Promise<TestDatabase> {
  const created = await target.create();
  onTestFinished(() => created.cleanup());
  return created;
}

/** A temporary migrations folder holding `files` (name → SQL); removed when the test ends. */
async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'metmap-migrations-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
  return dir;
}

async function recorded(db: Queryable): Promise<{ version: unknown; name: unknown; checksum: unknown; applied_at: unknown }[]> {
  const { rows } = await db.query('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version');
  return rows.map(({ version, name, checksum, applied_at }) => ({ version, name, checksum, applied_at }));
}

async function tableExists(db: Queryable, table: string): Promise<boolean> {
  const { rows } = await db.query('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
  return rows[0]?.present === true;
}

/** Non-idempotent on purpose: applying any of them twice fails or leaves a duplicate row. */
const COUNTING_MIGRATIONS = {
  '0001_log.sql': "CREATE TABLE applied_log (label text NOT NULL);\nINSERT INTO applied_log VALUES ('0001');\n",
  '0002_second.sql': "CREATE TABLE second (id int);\nINSERT INTO applied_log VALUES ('0002');\n",
  '0003_third.sql': "INSERT INTO applied_log VALUES ('0003');\n",
};

for (const target of testDatabaseTargets()) {
  describe(`migrations: ${target.kind}`, () => {
    it('MIG1: from empty, applies every file of the real folder in order and records it', async () => {
      const { db } = await freshDatabase(target);
      const files = await readMigrationFiles(MIGRATIONS_DIR);
      expect(files[0]).toMatchObject({ version: 1, name: 'init' });

      const report = await runMigrations(db, MIGRATIONS_DIR);

      expect(report.applied).toEqual(files.map(({ version, name }) => ({ version, name })));
      expect(report).toMatchObject({ upToDate: files.length, unknown: [] });
      const rows = await recorded(db);
      expect(rows.map(({ version, name, checksum }) => ({ version, name, checksum }))).toEqual(
        files.map(({ version, name, checksum }) => ({ version, name, checksum })),
      );
      for (const row of rows) expect(row.applied_at).toBeInstanceOf(Date);
      for (const table of ['users', 'sessions', 'oauth_accounts', 'email_tokens', 'yjs_documents', 'yjs_updates', 'yjs_snapshots', 'share_links']) {
        expect(await tableExists(db, table), table).toBe(true);
      }
    });

    it('MIG1: each file runs in its own transaction, logged as it is applied', async () => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder(COUNTING_MIGRATIONS);
      const info = vi.fn();
      const report = await runMigrations(db, dir, { info });
      expect(report.applied.map((m) => m.version)).toEqual([1, 2, 3]);
      expect(info.mock.calls.map(([details]: unknown[]) => details)).toEqual([
        { version: 1, name: 'log' },
        { version: 2, name: 'second' },
        { version: 3, name: 'third' },
      ]);
      const { rows } = await db.query('SELECT label FROM applied_log ORDER BY label');
      expect(rows).toEqual([{ label: '0001' }, { label: '0002' }, { label: '0003' }]);
    });

    it('MIG2: a second run applies nothing and changes nothing', async () => {
      const { db } = await freshDatabase(target);
      await runMigrations(db, MIGRATIONS_DIR);
      const before = await recorded(db);
      const again = await runMigrations(db, MIGRATIONS_DIR);
      expect(again.applied).toEqual([]);
      expect(again.upToDate).toBe(before.length);
      expect(await recorded(db)).toEqual(before);
    });

    it('MIG3: two runners started at once apply each migration exactly once', async () => {
      const { db, url } = await freshDatabase(target);
      const dir = await migrationsFolder(COUNTING_MIGRATIONS);
      let reports;
      if (url) {
        // Two pools, as two instances of a deploy would have. A third connection holds the lock until
        // both runners are queued on it, so they really contend instead of merely running back to back.
        const pools = [0, 1].map(() => createPgDatabase({ connectionString: url, log: { error: () => {} } }));
        onTestFinished(() => Promise.all(pools.map((pool) => pool.close())).then(() => undefined));
        reports = await db.transaction(async (holder) => {
          await holder.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
          const runs = pools.map((pool) => runMigrations(pool, dir));
          // Awaited below; this only keeps a failed wait from also reporting them as unhandled.
          for (const run of runs) run.catch(() => {});
          await vi.waitFor(async () => expect(await waitingOnAdvisoryLock(holder)).toBe(2), { timeout: 10_000, interval: 20 });
          return runs;
        });
        reports = await Promise.all(reports);
      } else {
        reports = await Promise.all([runMigrations(db, dir), runMigrations(db, dir)]);
      }
      const appliedVersions = reports.flatMap((report) => report.applied.map((m) => m.version)).sort();
      expect(appliedVersions).toEqual([1, 2, 3]);
      const { rows } = await db.query('SELECT label FROM applied_log ORDER BY label');
      expect(rows).toEqual([{ label: '0001' }, { label: '0002' }, { label: '0003' }]);
      expect((await recorded(db)).map((row) => row.version)).toEqual([1, 2, 3]);
    });

    it('MIG4: an edited applied migration stops the run before anything is applied', async () => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder({ '0001_log.sql': COUNTING_MIGRATIONS['0001_log.sql'] });
      await runMigrations(db, dir);
      await writeFile(path.join(dir, '0001_log.sql'), `${COUNTING_MIGRATIONS['0001_log.sql']}-- a harmless-looking edit\n`);
      await writeFile(path.join(dir, '0002_second.sql'), COUNTING_MIGRATIONS['0002_second.sql']);

      await expect(runMigrations(db, dir)).rejects.toThrow(MigrationMismatchError);
      expect((await recorded(db)).map((row) => row.version)).toEqual([1]);
      expect(await tableExists(db, 'second')).toBe(false);
    });

    it('MIG4: a renamed applied migration and a pending file below the newest applied are refused', async () => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder({
        '0001_log.sql': COUNTING_MIGRATIONS['0001_log.sql'],
        '0003_third.sql': COUNTING_MIGRATIONS['0003_third.sql'],
      });
      await runMigrations(db, dir);

      await rename(path.join(dir, '0003_third.sql'), path.join(dir, '0003_renamed.sql'));
      await expect(runMigrations(db, dir)).rejects.toThrow(/0003_third/);
      await rename(path.join(dir, '0003_renamed.sql'), path.join(dir, '0003_third.sql'));

      await writeFile(path.join(dir, '0002_second.sql'), COUNTING_MIGRATIONS['0002_second.sql']);
      await expect(runMigrations(db, dir)).rejects.toThrow(/0002_second is pending but the newer version 3/);
      expect(await tableExists(db, 'second')).toBe(false);
    });

    it('MIG4: versions applied by a newer release are reported and left alone', async () => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder(COUNTING_MIGRATIONS);
      await runMigrations(db, dir);
      await rm(path.join(dir, '0003_third.sql'));
      const report = await runMigrations(db, dir);
      expect(report).toEqual({ applied: [], upToDate: 2, unknown: [{ version: 3, name: 'third' }] });
      expect((await recorded(db)).map((row) => row.version)).toEqual([1, 2, 3]);
    });

    it('MIG5: a failing migration leaves nothing behind; the ones before it stay; a fixed file applies', async () => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder({
        '0001_log.sql': COUNTING_MIGRATIONS['0001_log.sql'],
        '0002_broken.sql': "CREATE TABLE half_done (id int);\nINSERT INTO applied_log VALUES ('0002');\nSELECT 1 / 0;\n",
      });
      await expect(runMigrations(db, dir)).rejects.toThrow(/division by zero/);
      expect((await recorded(db)).map((row) => row.version)).toEqual([1]);
      expect(await tableExists(db, 'half_done')).toBe(false);
      expect((await db.query('SELECT label FROM applied_log')).rows).toEqual([{ label: '0001' }]);

      await writeFile(path.join(dir, '0002_broken.sql'), 'CREATE TABLE half_done (id int);\n');
      expect((await runMigrations(db, dir)).applied).toEqual([{ version: 2, name: 'broken' }]);
    });

    it.each([
      ['a badly named file', { '0001_log.sql': 'SELECT 1;', '2_short.sql': 'SELECT 1;' }],
      ['a duplicate version', { '0001_log.sql': 'SELECT 1;', '0001_other.sql': 'SELECT 1;' }],
      ['a file with its own transaction', { '0001_log.sql': 'BEGIN;\nCREATE TABLE x (id int);\nCOMMIT;\n' }],
    ])('MIG6: %s is refused before the database is touched', async (_, files) => {
      const { db } = await freshDatabase(target);
      const dir = await migrationsFolder(files);
      await expect(runMigrations(db, dir)).rejects.toThrow(MigrationFolderError);
      expect(await tableExists(db, 'schema_migrations')).toBe(false);
    });

    it('MIG1: the CLI applies the real folder and says what it applied', async () => {
      const { url } = await freshDatabase(target);
      const dataDir = await mkdtemp(path.join(tmpdir(), 'metmap-cli-'));
      onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url ?? '' };
      const run = () => promisify(execFile)(process.execPath, ['server/db/migrate-cli.ts'], { cwd: REPO_ROOT, env });

      const first = await run();
      expect(first.stdout).toMatch(/^applied 0001_init$/m);
      expect(first.stdout).toMatch(url ? /^PostgreSQL: \d+ applied/m : /^PGlite in .*: \d+ applied/m);
      const second = await run();
      expect(second.stdout).not.toMatch(/^applied/m);
      expect(second.stdout).toMatch(/: 0 applied, \d+ migrations in place$/m);
    });
  });
}

async function waitingOnAdvisoryLock(db: Queryable): Promise<number> {
  const { rows } = await db.query(
    "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
  );
  return Number(rows[0]?.n);
}

