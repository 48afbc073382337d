import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { testDatabaseTargets, type TestDatabaseTarget } from '../../test/db.ts';
import type { Queryable } from '../db/database.ts';
import { MIGRATIONS_DIR } from '../db/migration-files.ts';
import { runMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { readDocumentEpoch, recordRestore } from './restore-epoch.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

async function migrated(target: TestDatabaseTarget) {
  const created = await target.create();
  onTestFinished(() => created.cleanup());
  await runMigrations(created.db, MIGRATIONS_DIR);
  return created;
}

/** A user with a library document, one session, one used and one unused email link. */
async function seed(db: Queryable): Promise<{ userId: string; doc: string }> {
  const userId = randomUUID();
  const doc = `library:${userId}`;
  await db.query('INSERT INTO users (id, email) VALUES ($1, $2)', [userId, `${userId}@example.com`]);
  await db.query('INSERT INTO yjs_documents (name, user_id) VALUES ($1, $2)', [doc, userId]);
  await db.query(`INSERT INTO sessions (id, user_id, expires_at, absolute_expires_at) VALUES ($1, $2, now() + interval '1 day', now() + interval '30 days')`, [hex(`s-${userId}`), userId]);
  for (const [name, usedAt] of [['used', 'now()'], ['unused', 'NULL']] as const) {
    await db.query(
      `INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at, used_at) VALUES ($1, $2, 'reset_password', $3, now() + interval '1 hour', ${usedAt})`,
      [hex(`${name}-${userId}`), userId, `${userId}@example.com`],
    );
  }
  return { userId, doc };
}

const count = async (db: Queryable, sql: string) => Number((await db.query(sql)).rows[0]?.n);

for (const target of testDatabaseTargets()) {
  describe(`restore epoch: ${target.kind}`, () => {
    it('OPS12: before any restore a document reports epoch 1 (also when not stored yet) and no restore', async () => {
      const { db } = await migrated(target);
      const { doc } = await seed(db);
      expect(await readDocumentEpoch(db, doc)).toEqual({ epoch: 1, restore: null });
      expect(await readDocumentEpoch(db, `library:${randomUUID()}`)).toEqual({ epoch: 1, restore: null });
    });

    it('OPS12: recording a restore bumps every epoch, ends sessions, voids unused email links, and is announced', async () => {
      const { db } = await migrated(target);
      const a = await seed(db);
      const b = await seed(db);
      const backupTime = new Date('2026-03-01T23:00:00Z');

      const report = await recordRestore(db, { backupTime, note: 'test', endSessions: true });

      expect(report).toMatchObject({ documentsBumped: 2, sessionsEnded: 2, emailTokensVoided: 2 });
      for (const { doc } of [a, b]) {
        expect(await readDocumentEpoch(db, doc)).toEqual({ epoch: 2, restore: { id: report.restoreId, restoredAt: report.restoredAt, backupTime } });
      }
      expect(await count(db, 'SELECT count(*) AS n FROM sessions')).toBe(0);
      expect(await count(db, 'SELECT count(*) AS n FROM email_tokens WHERE used_at IS NOT NULL')).toBe(2);
      expect(await count(db, 'SELECT count(*) AS n FROM email_tokens WHERE used_at IS NULL')).toBe(0);

      const second = await recordRestore(db, { endSessions: false });
      expect(await readDocumentEpoch(db, a.doc)).toMatchObject({ epoch: 3, restore: { id: second.restoreId, backupTime: null } });
    });

    it('OPS12: --keep-sessions keeps the sessions', async () => {
      const { db } = await migrated(target);
      await seed(db);
      expect((await recordRestore(db, { endSessions: false })).sessionsEnded).toBe(0);
      expect(await count(db, 'SELECT count(*) AS n FROM sessions')).toBe(1);
    });

    it('OPS12: the CLI first brings the schema of the restored database up to date, then records the restore', async () => {
      const { url } = await target.create().then((created) => {
        onTestFinished(() => created.cleanup());
        return created;
      });
      const dataDir = await mkdtemp(path.join(tmpdir(), 'metmap-restore-'));
      onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url ?? '' };
      const run = (...args: string[]) => promisify(execFile)(process.execPath, ['server/ops/restore-epoch-cli.ts', ...args], { cwd: REPO_ROOT, env });

      const first = await run('--backup-time=2026-03-01T23:00:00Z', '--note=drill');
      expect(first.stdout).toMatch(/^applied 0001_init$/m);
      expect(first.stdout).toMatch(/^restore [0-9a-f-]{36} recorded: 0 document epochs bumped, 0 sessions ended, 0 unused email links voided$/m);
      await expect(run('--backup-time=yesterday')).rejects.toThrow(/backup-time/);

      const db = await openDatabase({ databaseUrl: url, dataDir });
      try {
        const { rows } = await db.query('SELECT backup_time, note FROM server_restores');
        expect(rows).toEqual([{ backup_time: new Date('2026-03-01T23:00:00Z'), note: 'drill' }]);
      } finally {
        await db.close();
      }
    });
  });
}
