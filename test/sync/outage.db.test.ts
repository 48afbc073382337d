import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import type { Database } from '../../server/db/database.ts';
import { createPgDatabase } from '../../server/db/pg-database.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil, waitUntilAsync } from './sync-client.ts';
import { startSyncHarness } from './sync-harness.ts';
import { startTcpProxy } from './tcp-proxy.ts';

// Stopping the shared PostgreSQL cluster is not an option (other databases live on it), so the
// server reaches its database through a TCP proxy that this test cuts: every connection drops and
// new ones are refused, which is what the pool sees when PostgreSQL stops.
const postgres = Boolean(process.env.TEST_DATABASE_URL);
const OUTAGE_MS = Number(process.env.SYNC_OUTAGE_MS) || 30_000;

describe.skipIf(!postgres)('PostgreSQL unavailable', () => {
  it(`SYNC6: PostgreSQL unreachable for ${OUTAGE_MS / 1000} s during edits: the server stays up and nothing is lost after recovery`, async () => {
    const admin = new URL(String(process.env.TEST_DATABASE_URL));
    const proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    onTestFinished(() => proxy.close());
    let proxied: Database | undefined;
    const h = await startSyncHarness({
      syncOptions: { hold: { deadlineMs: 2_000, initialDelayMs: 50, maxDelayMs: 500 } },
      wrapDb: (_db, testDb) => {
        const url = new URL(String(testDb.url));
        url.host = `127.0.0.1:${proxy.port}`;
        proxied = createPgDatabase({ connectionString: url.toString(), log: { error: () => undefined } });
        return proxied;
      },
    });
    onTestFinished(() => proxied?.close());

    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const [a, b] = [h.device(user, name), h.device(user, name)];
    await Promise.all([a.synced(), b.synced()]);
    const made: Uint8Array[] = [];
    for (const device of [a, b]) {
      device.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== device.provider) made.push(update);
      });
    }
    const songA = createSong(a.doc, { title: 'A' });
    const songB = createSong(b.doc, { title: 'B' });
    await Promise.all([a.saved(), b.saved()]);

    let editing = true;
    let n = 0;
    const editor = (async () => {
      while (editing) {
        n++;
        updateSong(a.doc, songA, { notes: `a ${n}` });
        updateSong(b.doc, songB, { notes: `b ${n}` });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));

    proxy.cut();
    const outageStarted = Date.now();
    await waitUntilAsync(async () => (await fetch(`${h.app.url}/healthz`)).status === 503, 'health reports the database down');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - outageStarted))));
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(503); // still up, still answering
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, 300));
    editing = false;
    await editor;

    // After recovery every edit of both devices reaches the database, and the devices converge.
    await waitUntilAsync(async () => {
      const stored = Y.snapshot(await h.storedDoc(name));
      return made.every((update) => Y.snapshotContainsUpdate(stored, update));
    }, 'every edit stored after recovery', 60_000);
    await waitUntil(() => readLibrary(a.doc).songs.every((s) => readLibrary(b.doc).songs.some((t) => t.notes === s.notes)), 'devices converged', 30_000);
    const notes = readLibrary(await h.storedDoc(name)).songs.map((s) => s.notes).sort();
    expect(notes).toEqual([`a ${n}`, `b ${n}`]);
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });
});
