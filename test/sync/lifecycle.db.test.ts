import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createChord, createSection, createSong, libraryDocName, readLibrary, updateSong, type SongId } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { DEFAULT_COMPACTION_POLICY } from '../../server/sync/compaction-policy.ts';
import { LARGE_DOCUMENT_BYTES } from '../../server/sync/library-projector.ts';
import { faultyDatabase } from './faulty-database.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil, waitUntilAsync } from './sync-client.ts';
import { createSyncServer, startSyncHarness } from './sync-harness.ts';

describe('document lifecycle', () => {
  it('SYNC14: a document unloads as soon as its last connection is gone and everything is stored', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    createSong(device.doc, { title: 'Bye' });
    await device.saved();
    device.destroy();
    // Well inside the 60 s idle limit, with room for a loaded machine.
    await waitUntil(() => !h.app.sync.hocuspocus.documents.has(name), 'unloaded', 10_000);
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC14: a document whose projection cannot be written stays loaded, and unloads once the database answers', async () => {
    let injected: ReturnType<typeof faultyDatabase> | undefined;
    const h = await startSyncHarness({ wrapDb: (db) => (injected = faultyDatabase(db)).db });
    const faults = injected?.faults;
    if (!faults) throw new Error('not wrapped');
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    createSong(device.doc, { title: 'Pending projection' });
    await device.saved();
    faults.everything = true; // the projection of this edit (300 ms later) cannot be written
    device.destroy();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(h.app.sync.hocuspocus.documents.has(name)).toBe(true);
    faults.everything = false;
    await waitUntil(() => !h.app.sync.hocuspocus.documents.has(name), 'unloaded after recovery', 5_000);
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC10: projection rows follow an edit within 2 s', async () => {
    const h = await startSyncHarness({ syncOptions: { projectionDebounceMs: 300, projectionMaxDelayMs: 1_000 } });
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    const songId = createSong(device.doc, { title: 'First title' });
    await waitUntilAsync(async () => (await h.db.query('SELECT 1 FROM songs WHERE id = $1', [songId])).rowCount === 1, 'the song row', 2_000);
    // Keep editing: the rows may lag the last edit by at most 2 s even while edits keep coming.
    const started = Date.now();
    let n = 0;
    const typing = setInterval(() => updateSong(device.doc, songId, { notes: `typing ${++n}` }), 100);
    try {
      updateSong(device.doc, songId, { title: 'Second title' });
      await waitUntilAsync(
        async () => (await h.db.query('SELECT title FROM songs WHERE id = $1', [songId])).rows[0]?.title === 'Second title',
        'the title row',
        2_000,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      clearInterval(typing);
    }
    await device.saved();
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC10: a document of 1 MiB or more (its mirror rests after every written pass) keeps being projected right, edit after edit', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    // ~1.4 MiB encoded: 200 songs of 10 sections of 4 chords, written through the accessors in one
    // transaction (one update: thousands of messages would wait on the connection's rate limit).
    const songIds: SongId[] = [];
    device.doc.transact(() => writeSongs(songIds));
    function writeSongs(into: SongId[]) {
      for (let s = 0; s < 200; s++) {
        const songId = createSong(device.doc, { title: `Song ${s}`, artist: `Artist ${s % 17}`, notes: 'Mind the push into the chorus.' });
        into.push(songId);
        for (let k = 0; k < 10; k++) {
          const sectionId = createSection(device.doc, { songId, name: `Part ${k + 1}`, type: 'verse', bars: 8 });
          for (let c = 0; c < 4; c++) createChord(device.doc, { sectionId, bar: 1 + 2 * c, beat: 1, durationBeats: 8, root: 'G', quality: 'min7' });
        }
      }
    }
    expect(Y.encodeStateAsUpdate(device.doc).length).toBeGreaterThan(LARGE_DOCUMENT_BYTES);
    await device.saved();
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
    for (const [i, songId] of songIds.slice(0, 3).entries()) {
      updateSong(device.doc, songId, { title: `Retitled ${i}` });
      await waitUntilAsync(
        async () => (await h.db.query('SELECT title FROM songs WHERE id = $1', [songId])).rows[0]?.title === `Retitled ${i}`,
        `the retitled row ${i}`,
        15_000,
      );
    }
    await device.saved();
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC9: the server compacts a long log in the background and when the document unloads; the document reads the same', async () => {
    const h = await startSyncHarness({ syncOptions: { compaction: { ...DEFAULT_COMPACTION_POLICY, minUpdates: 40, unloadMinUpdates: 5 } } });
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    const songId = createSong(device.doc, { title: 'Compacted' });
    for (let i = 0; i < 60; i++) {
      updateSong(device.doc, songId, { bpm: 60 + i });
      await device.saved();
    }
    await waitUntilAsync(
      async () => (await h.db.query(`SELECT 1 FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'compacted'`, [name])).rowCount === 1,
      'a compacted snapshot',
    );
    for (let i = 0; i < 10; i++) updateSong(device.doc, songId, { notes: `after ${i}` });
    await device.saved();
    device.destroy();
    await waitUntil(() => !h.app.sync.hocuspocus.documents.has(name), 'unloaded');
    const { rows } = await h.db.query('SELECT updates_since_snapshot, (SELECT count(*)::int FROM yjs_updates WHERE doc_name = $1) AS logged FROM yjs_documents WHERE name = $1', [name]);
    expect(rows[0]).toEqual({ updates_since_snapshot: 0, logged: 0 });
    const daily = await h.db.query(`SELECT count(*)::int AS n FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'daily'`, [name]);
    expect(daily.rows[0]?.n).toBe(1);
    const song = readLibrary(await h.storedDoc(name)).songs[0];
    expect(song).toMatchObject({ bpm: 119, notes: 'after 9' });
    const again = h.device(user, name);
    await again.synced();
    expect(readLibrary(again.doc).songs[0]).toMatchObject({ bpm: 119, notes: 'after 9' });
  });

  it('SYNC14: shutdown flushes server-side changes and projections, then closes every socket with server-shutdown', async () => {
    const server = await createSyncServer();
    let closed = false;
    try {
      const user = await server.createUser();
      const name = libraryDocName(user.userId);
      const device = server.device(user, name);
      await device.synced();
      const songId = createSong(device.doc, { title: 'Before shutdown' });
      await device.saved();
      await server.app.sync.withDocument(name, (doc) => updateSong(doc, songId, { notes: 'server-side, just before' }));
      await server.app.close();
      closed = true;
      expect(device.closes).toContainEqual(SyncClose.serverShutdown);
      expect(readLibrary(await server.storedDoc(name)).songs[0]?.notes).toBe('server-side, just before');
      await expectProjectionOfStoredDocument(server.db, user.userId);
    } finally {
      if (!closed) await server.app.close();
      await server.close();
    }
  });
});
