import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import type { Database } from '../../server/db/database.ts';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import { faultyDatabase, type Faults } from './faulty-database.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil, waitUntilAsync } from './sync-client.ts';
import { startSyncHarness, type SyncServerOptions } from './sync-harness.ts';

async function faultyHarness(options: SyncServerOptions = {}) {
  let injected: ReturnType<typeof faultyDatabase> | undefined;
  const h = await startSyncHarness({
    ...options,
    wrapDb: (db) => {
      injected = faultyDatabase(db);
      return injected.db;
    },
  });
  if (!injected) throw new Error('the database was not wrapped');
  const { faults, failures } = injected;
  return { h, faults, failures };
}

async function rowCounts(db: Database) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM yjs_updates)::int AS updates, (SELECT count(*) FROM yjs_snapshots)::int AS snapshots,
            (SELECT coalesce(max(updated_at), 'epoch') FROM yjs_documents) AS touched`,
  );
  return rows[0];
}

function setFaults(faults: Faults, value: Partial<Faults>) {
  Object.assign(faults, value);
}

describe('database failures', () => {
  it('SYNC8: a database error while loading refuses the document (storage-unavailable) and writes nothing; it loads once the database answers', async () => {
    const { h, faults, failures } = await faultyHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const stored = new Y.Doc();
    createSong(stored, { title: 'Stored before' });
    await createPgDocumentStore(h.db).append(name, user.userId, Y.encodeStateAsUpdate(stored));
    const before = await rowCounts(h.db);

    setFaults(faults, { loads: true });
    const device = h.device(user, name);
    await waitUntil(() => device.closes.some((c) => c.code === SyncClose.storageUnavailable.code), 'closed with storage-unavailable');
    expect(failures()).toBeGreaterThan(0);
    expect(h.app.sync.hocuspocus.documents.has(name)).toBe(false);
    expect(readLibrary(device.doc).songs).toEqual([]);
    expect(await rowCounts(h.db)).toEqual(before);

    setFaults(faults, { loads: false });
    await device.synced();
    expect(readLibrary(device.doc).songs.map((s) => s.title)).toEqual(['Stored before']);
  });

  it('SYNC6: a failed append holds the message and retries; the edit is acknowledged once the database answers, without a reconnect', async () => {
    const { h, faults, failures } = await faultyHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    setFaults(faults, { appends: true });
    const songId = createSong(device.doc, { title: 'Held' });
    await waitUntil(() => failures() >= 3, 'the append retried');
    expect(device.provider.hasUnsyncedChanges).toBe(true);
    expect(h.app.sync.hocuspocus.documents.get(name)?.getMap('songs').has(songId)).toBe(false);
    setFaults(faults, { appends: false });
    await device.saved();
    expect(device.closes).toEqual([]);
    expect(readLibrary(await h.storedDoc(name)).songs.map((s) => s.title)).toEqual(['Held']);
  });

  it('SYNC6: past the hold time the socket closes (storage-unavailable); the client keeps its edits and they are stored after recovery', async () => {
    const { h, faults } = await faultyHarness({ syncOptions: { hold: { deadlineMs: 300, initialDelayMs: 20, maxDelayMs: 100 } } });
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    const songId = createSong(device.doc, { title: 'Before the outage' });
    await device.saved();
    setFaults(faults, { appends: true });
    updateSong(device.doc, songId, { artist: 'During the outage' });
    await waitUntil(() => device.closes.some((c) => c.code === SyncClose.storageUnavailable.code), 'closed with storage-unavailable');
    // Still offline as far as the client knows: it keeps editing.
    updateSong(device.doc, songId, { bpm: 123 });
    setFaults(faults, { appends: false });
    // Once the client reconnected, everything it holds is stored.
    await waitUntilAsync(async () => {
      const stored = Y.snapshot(await h.storedDoc(name));
      return Y.snapshotContainsUpdate(stored, Y.encodeStateAsUpdate(device.doc));
    }, 'the edits made during the outage are stored');
    await device.saved();
    const song = readLibrary(await h.storedDoc(name)).songs[0];
    expect(song).toMatchObject({ title: 'Before the outage', artist: 'During the outage', bpm: 123 });
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC7: withDocument resolves only after its change is committed, also when the database first fails', async () => {
    const { h, faults, failures } = await faultyHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();

    const songId = await h.app.sync.withDocument(name, (doc) => createSong(doc, { title: 'From REST' }));
    expect(readLibrary(await h.storedDoc(name)).songs.map((s) => s.id)).toEqual([songId]);
    await waitUntil(() => readLibrary(device.doc).songs.length === 1, 'the device sees the server-side change live');

    setFaults(faults, { appends: true });
    let settled = false;
    const pending = h.app.sync.withDocument(name, (doc) => updateSong(doc, songId, { notes: 'written while failing' })).finally(() => (settled = true));
    await waitUntil(() => failures() >= 3, 'the append retried');
    expect(settled).toBe(false);
    setFaults(faults, { appends: false });
    await pending;
    expect(readLibrary(await h.storedDoc(name)).songs[0]?.notes).toBe('written while failing');
    await expect(h.app.sync.withDocument('library:not-a-user', () => undefined)).rejects.toThrow(/not a document name/);
  });
});
