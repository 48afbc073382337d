import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { createSong, deleteSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { judgeEpoch, parseEpochAnnouncement, type EpochAnnouncement, type EpochVerdict, type SeenEpoch } from '../../shared/sync/epoch.ts';
import { parseConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { createPgliteDatabase } from '../../server/db/pglite-database.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap, type RunningMetMap } from '../../server/start-metmap.ts';
import { openDevice, waitUntil, type Device } from '../sync/sync-client.ts';
import { createUserWithSession, FAST_SYNC, loadStoredDoc, type TestUser } from '../sync/sync-harness.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');

/** A device as the client app keeps it: its document (IndexedDB) and the epoch it last saw per document. */
type Phone = { name: string; doc: Y.Doc; seen: SeenEpoch | undefined; verdicts: EpochVerdict[]; device?: Device };

/** A server over a PGlite folder, so the test can stop it, copy the folder (backup) and put a copy back (restore). */
async function startServer(dataDir: string): Promise<{ app: RunningMetMap; db: Database; stop(): Promise<void> }> {
  const db = await createPgliteDatabase({ dataDir });
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CLIENT_DIR: 'does-not-exist' });
  const app = await startMetMap({ config, log: createLogger('silent'), db, syncOptions: FAST_SYNC });
  return {
    app,
    db,
    async stop() {
      await app.close();
      await db.close();
    },
  };
}

/** Connects a phone the way the client does: the provider syncs; each epoch announcement is judged and remembered. */
function connect(phone: Phone, app: RunningMetMap, user: TestUser): Device {
  const device = openDevice({ url: app.url, name: libraryDocName(user.userId), cookie: user.cookie, doc: phone.doc });
  device.provider.on('stateless', ({ payload }: { payload: string }) => {
    const announcement: EpochAnnouncement | null = parseEpochAnnouncement(payload);
    if (!announcement) return;
    const verdict = judgeEpoch(phone.seen, announcement);
    phone.seen = verdict.seen;
    phone.verdicts.push(verdict);
  });
  phone.device = device;
  onTestFinished(() => device.destroy());
  return device;
}

const titles = (doc: Y.Doc) => readLibrary(doc).songs.map((s) => s.title).sort();

describe('a restore from a backup, with real providers', () => {
  it('OPS12: clients keep and re-upload what the restore lost, deletions they were told about stay deleted, and each is told', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'metmap-restore-'));
    onTestFinished(() => rm(work, { recursive: true, force: true }));
    const [live, backup] = [path.join(work, 'live'), path.join(work, 'backup')];
    const phoneA: Phone = { name: 'A', doc: new Y.Doc(), seen: undefined, verdicts: [] };
    const phoneB: Phone = { name: 'B', doc: new Y.Doc(), seen: undefined, verdicts: [] };

    // Before the backup: A creates two songs; B syncs them. Both see epoch 1 for the first time.
    let server = await startServer(live);
    let user = await createUserWithSession(server.app, 'restore@example.com');
    const a1 = connect(phoneA, server.app, user);
    await a1.synced();
    const keep = createSong(phoneA.doc, { title: 'Kept' });
    const doomed = createSong(phoneA.doc, { title: 'Deleted after the backup' });
    await a1.saved();
    const b1 = connect(phoneB, server.app, user);
    await waitUntil(() => titles(phoneB.doc).length === 2, 'B has both songs');
    await waitUntil(() => phoneA.verdicts.length === 1 && phoneB.verdicts.length === 1, 'epochs announced');
    expect([...phoneA.verdicts, ...phoneB.verdicts].map((v) => v.kind)).toEqual(['first', 'first']);
    a1.destroy();
    b1.destroy();
    await server.stop();
    await cp(live, backup, { recursive: true });

    // After the backup: A adds a song, renames one and deletes another; B is told and goes offline.
    server = await startServer(live);
    const a2 = connect(phoneA, server.app, user);
    await a2.synced();
    createSong(phoneA.doc, { title: 'Added after the backup' });
    updateSong(phoneA.doc, keep, { title: 'Kept, renamed after the backup' });
    deleteSong(phoneA.doc, doomed);
    await a2.saved();
    const b2 = connect(phoneB, server.app, user);
    await waitUntil(() => titles(phoneB.doc).join() === 'Added after the backup,Kept, renamed after the backup', 'B is told');
    b2.destroy();
    a2.destroy();
    await server.stop();

    // Disaster: the database goes back to the backup; the operator records the restore.
    await rm(live, { recursive: true, force: true });
    await cp(backup, live, { recursive: true });
    const cli = await promisify(execFile)(process.execPath, ['server/ops/restore-epoch-cli.ts', '--backup-time=2026-03-01T23:00:00Z'], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: live, DATABASE_URL: '' },
    });
    expect(cli.stdout).toMatch(/1 document epochs bumped, 1 sessions ended/);

    server = await startServer(live);
    const restored = await loadStoredDoc(server.db, libraryDocName(user.userId));
    expect(titles(restored)).toEqual(['Deleted after the backup', 'Kept']);
    // The old session was ended by the restore; the user signs in again on B.
    const refused = openDevice({ url: server.app.url, name: libraryDocName(user.userId), cookie: user.cookie });
    onTestFinished(() => refused.destroy());
    await waitUntil(() => refused.denied.length > 0, 'the old session is refused');
    const { token } = await server.app.auth.sessions.createSession(user.userId);
    user = { ...user, token, cookie: user.cookie.replace(/=.*$/, `=${token}`) };

    // B (offline since it was told of the changes) reconnects: it is told of the restore and re-uploads.
    connect(phoneB, server.app, user);
    await waitUntil(() => phoneB.verdicts.length === 3, 'B hears the epoch');
    expect(phoneB.verdicts.map((v) => v.kind)).toEqual(['first', 'unchanged', 'rewound']);
    expect(phoneB.verdicts[2]).toMatchObject({ kind: 'rewound', seen: { epoch: 2 }, backupTime: '2026-03-01T23:00:00.000Z' });
    const expected = ['Added after the backup', 'Kept, renamed after the backup'];
    let stored = await loadStoredDoc(server.db, libraryDocName(user.userId));
    for (let i = 0; i < 400 && titles(stored).join() !== expected.join(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      stored = await loadStoredDoc(server.db, libraryDocName(user.userId));
    }
    expect(titles(stored)).toEqual(expected);
    expect(readLibrary(stored).deletedSongs.map((s) => s.id)).toEqual([doomed]);
    expect(titles(phoneB.doc)).toEqual(expected);

    // A fresh device (a new phone) sees the re-uploaded state; A reconnecting is told too and changes nothing.
    const fresh: Phone = { name: 'C', doc: new Y.Doc(), seen: undefined, verdicts: [] };
    connect(fresh, server.app, user);
    await waitUntil(() => titles(fresh.doc).join() === expected.join(), 'a new device sees the re-uploaded library');
    connect(phoneA, server.app, user);
    await waitUntil(() => phoneA.verdicts.length === 3, 'A hears the epoch');
    expect(phoneA.verdicts[2]?.kind).toBe('rewound');
    expect(fresh.verdicts.map((v) => v.kind)).toEqual(['first']);
    await phoneA.device?.saved();
    expect(titles(phoneA.doc)).toEqual(expected);
    for (const phone of [phoneA, phoneB, fresh]) phone.device?.destroy();
    refused.destroy();
    await server.stop();
  }, 180_000);
});
