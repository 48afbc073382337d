import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from './open-database.ts';

async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'metmap-data-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('openDatabase', () => {
  it('DB9: without a URL, PGlite keeps its data in the (created) data folder across reopening', async () => {
    const dataDir = path.join(await temporaryFolder(), 'nested', 'data');
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.exec("CREATE TABLE kept (label text); INSERT INTO kept VALUES ('survives a restart')");
    await first.close();

    const second = await openDatabase({ dataDir });
    onTestFinished(() => second.close());
    expect((await second.query('SELECT label FROM kept')).rows).toEqual([{ label: 'survives a restart' }]);
  });

  it('DB9: with a URL, it is PostgreSQL (connections are made on first use)', async () => {
    const db = await openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: await temporaryFolder(), log: { error: () => {} } });
    expect(db.kind).toBe('postgres');
    await expect(db.query('SELECT 1')).rejects.toThrow();
    await db.close();
  });
});
