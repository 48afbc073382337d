import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { testDatabaseTargets } from '../../test/db.ts';
import { createPgDatabase } from './pg-database.ts';
import { sqlErrorOf } from './sql-error.ts';

// PostgreSQL-only behaviour of the pool; skipped (with the shared notice) when TEST_DATABASE_URL is unset.
const postgres = testDatabaseTargets().find((target) => target.kind === 'postgres');

describe.skipIf(!postgres)('pg pool', () => {
  async function freshUrl(): Promise<string> {
    if (!postgres) throw new Error('unreachable: the suite is skipped without PostgreSQL');
    const created = await postgres.create();
    onTestFinished(() => created.cleanup());
    if (!created.url) throw new Error('a PostgreSQL test database has a URL');
    return created.url;
  }

  it('PG1: a pooled connection killed while idle is logged, not thrown, and the pool recovers', async () => {
    const url = await freshUrl();
    const error = vi.fn();
    const db = createPgDatabase({ connectionString: url, log: { error }, maxConnections: 1 });
    onTestFinished(() => db.close());
    const killer = createPgDatabase({ connectionString: url, log: { error: () => {} } });
    onTestFinished(() => killer.close());

    const { rows } = await db.query('SELECT pg_backend_pid() AS pid');
    await killer.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);

    await vi.waitFor(() => expect(error).toHaveBeenCalledWith({ err: expect.any(Error) }, expect.stringContaining('idle connection failed')));
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('PG2: a statement running past the statement timeout is cancelled with SQLSTATE 57014', async () => {
    const db = createPgDatabase({ connectionString: await freshUrl(), log: { error: () => {} }, statementTimeoutMs: 100 });
    onTestFinished(() => db.close());
    await expect(db.query('SELECT pg_sleep(5)')).rejects.toSatisfy((e) => sqlErrorOf(e)?.code === '57014');
  });
});
