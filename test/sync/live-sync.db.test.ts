import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { startSyncHarness } from './sync-harness.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil } from './sync-client.ts';

describe('live sync between devices', () => {
  it('SYNC4: two devices of one user converge live; every acknowledged edit is in the database', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const a = h.device(user, name);
    const b = h.device(user, name);
    await Promise.all([a.synced(), b.synced()]);

    const updates: Uint8Array[] = [];
    a.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== a.provider) updates.push(update);
    });
    const songId = createSong(a.doc, { title: 'Blue in Green' });
    await waitUntil(() => readLibrary(b.doc).songs.some((s) => s.id === songId), 'B sees the song');
    updateSong(b.doc, songId, { artist: 'Miles Davis' });
    updateSong(a.doc, songId, { bpm: 60 });
    await waitUntil(() => {
      const [sa, sb] = [readLibrary(a.doc).songs[0], readLibrary(b.doc).songs[0]];
      return sa?.artist === 'Miles Davis' && sb?.bpm === 60;
    }, 'both edits on both devices');
    await Promise.all([a.saved(), b.saved()]);

    const stored = await h.storedDoc(name);
    const snapshot = Y.snapshot(stored);
    expect(updates.length).toBeGreaterThan(0);
    for (const update of updates) expect(Y.snapshotContainsUpdate(snapshot, update)).toBe(true);
    expect(readLibrary(stored).songs).toEqual(readLibrary(a.doc).songs);
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });
});
