import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSection, createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { closed, frames, rawSocket } from './raw-frames.ts';
import { waitUntil } from './sync-client.ts';
import { startSyncHarness } from './sync-harness.ts';

/** The update one change makes to `doc`. */
function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  change();
  doc.off('update', listener);
  return Y.mergeUpdates(updates);
}

describe('repair of malformed client writes', () => {
  it('SYNC11: schema-invalid values a client writes are accepted, then compensated on every replica; the repair is stored', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const [a, b] = [h.device(user, name), h.device(user, name)];
    await Promise.all([a.synced(), b.synced()]);
    const songId = createSong(a.doc, { title: 'Valid', bpm: 100 });
    updateSong(a.doc, songId, { artist: 'Someone' });
    await a.saved();
    const goodBase = a.doc.getMap('songs').get(songId);

    // A buggy client writes around the accessors: a broken base value, a bad overlay, garbage entities and settings.
    const chordKey = '9f0c2d4e-1b3a-4c5d-8e6f-7a8b9c0d1e2f';
    a.doc.transact(() => {
      a.doc.getMap('songs').set(songId, '{"title": 42');
      a.doc.getMap('songFields').set(`${songId}:bpm`, ['fast', Date.now()]);
      a.doc.getMap('chords').set(chordKey, 42);
      a.doc.getMap('preferences').set('theme', 'purple');
    });
    await a.saved();
    expect(a.closes).toEqual([]); // never rejected

    const repaired = (doc: Y.Doc) => {
      const library = readLibrary(doc);
      return library.issues.length === 0 && library.songs[0]?.title === 'Valid' && library.songs[0].bpm === 100;
    };
    await waitUntil(() => repaired(a.doc) && repaired(b.doc), 'both replicas repaired').catch((error: unknown) => {
      console.log(JSON.stringify(readLibrary(a.doc).issues), JSON.stringify(readLibrary(a.doc).songs[0]));
      throw error;
    });
    for (const doc of [a.doc, b.doc]) {
      expect(doc.getMap('songs').get(songId)).toBe(goodBase);
      expect(doc.getMap('songFields').has(`${songId}:bpm`)).toBe(false);
      expect(doc.getMap('chords').has(chordKey)).toBe(false);
      expect(doc.getMap('preferences').has('theme')).toBe(false);
      expect(readLibrary(doc).songs[0]?.artist).toBe('Someone');
    }
    await h.app.sync.settle();
    const stored = await h.storedDoc(name);
    expect(repaired(stored)).toBe(true);
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });

  it('SYNC11: a dangling reference (a section whose song has not arrived yet) is left alone', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const songDevice = new Y.Doc();
    let songId = '';
    const songUpdate = captureUpdate(songDevice, () => (songId = createSong(songDevice, { title: 'Late song' })));
    const sectionDevice = new Y.Doc();
    Y.applyUpdate(sectionDevice, songUpdate);
    let sectionId = '';
    const sectionUpdate = captureUpdate(sectionDevice, () => (sectionId = createSection(sectionDevice, { songId, name: 'Early section', type: 'verse', bars: 8 })));

    const ws = await rawSocket(h.app.url, { cookie: user.cookie, origin: h.app.url });
    ws.send(frames.auth(name));
    ws.send(frames.update(name, sectionUpdate));
    await waitUntil(() => h.app.sync.hocuspocus.documents.get(name)?.getMap('sections').has(sectionId) === true, 'the section applied');
    await h.app.sync.settle(); // a projection pass ran and saw the dangling section
    expect(h.app.sync.hocuspocus.documents.get(name)?.getMap('sections').has(sectionId)).toBe(true);

    ws.send(frames.update(name, songUpdate));
    const server = () => h.app.sync.hocuspocus.documents.get(name);
    await waitUntil(() => readLibrary(server() ?? new Y.Doc()).songs[0]?.sections[0]?.name === 'Early section', 'the section joins its song');
    ws.close();
    await closed(ws);
    await h.app.sync.settle();
    await expectProjectionOfStoredDocument(h.db, user.userId);
  });
});
