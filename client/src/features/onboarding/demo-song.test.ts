import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteSong, readLibrary } from '../../lib/library-api.ts';
import { createDemoSong, DEMO_SONG_ID } from './demo-song.ts';
import { firstRunAction } from './first-run-decision.ts';
import { FIRST_RUN_KEY, readFirstRunFlags, writeFirstRunFlags } from './first-run-flags.ts';

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('demo song', () => {
  it('ONB4: has sections, chords and a tempo change, and is written as one update', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(createDemoSong(doc)).toBe(true);
    expect(updates).toBe(1);
    const [song] = readLibrary(doc).songs;
    expect(song?.id).toBe(DEMO_SONG_ID);
    expect(song?.sections.map((section) => section.name)).toEqual(['Intro', 'Verse', 'Chorus', 'Bridge', 'Outro']);
    expect(song?.sections.every((section) => section.chords.length > 0)).toBe(true);
    expect(song?.tempoMap.map((event) => [event.bar, event.bpm, event.change])).toEqual([
      [13, 104, 'instant'],
      [25, 88, 'ramp'],
    ]);
    expect(readLibrary(doc).issues).toEqual([]);
  });

  it('ONB4: is created only once, and not again after it was deleted', () => {
    const doc = new Y.Doc();
    createDemoSong(doc);
    expect(createDemoSong(doc)).toBe(false);
    deleteSong(doc, DEMO_SONG_ID);
    expect(createDemoSong(doc)).toBe(false);
    expect(readLibrary(doc).songs).toEqual([]);
  });

  it('ONB5: two tabs creating it at the same time converge on one identical demo song', () => {
    const tabA = new Y.Doc();
    const tabB = new Y.Doc();
    createDemoSong(tabA);
    createDemoSong(tabB);
    sync(tabA, tabB);
    const a = readLibrary(tabA);
    const b = readLibrary(tabB);
    expect(a.songs).toHaveLength(1);
    expect(a.songs[0]?.sections).toHaveLength(5);
    expect(a.songs).toEqual(b.songs);
    expect(a.issues).toEqual([]);
  });
});

describe('first run decision', () => {
  const fresh = { decided: false, onboardingPending: false };
  it('ONB1: waits for storage, then creates the demo for an empty library', () => {
    expect(firstRunAction({ flags: fresh, storageReady: false, writable: true, songCount: 0 })).toBe('wait');
    expect(firstRunAction({ flags: fresh, storageReady: true, writable: false, songCount: 0 })).toBe('wait');
    expect(firstRunAction({ flags: fresh, storageReady: true, writable: true, songCount: 0 })).toBe('create-demo');
  });

  it('ONB2: a library with songs is a returning user; a decided device does nothing', () => {
    expect(firstRunAction({ flags: fresh, storageReady: true, writable: true, songCount: 3 })).toBe('mark-returning');
    expect(firstRunAction({ flags: { decided: true, onboardingPending: false }, storageReady: true, writable: true, songCount: 0 })).toBe('none');
  });

  it('ONB3: flags survive a round trip and unreadable storage reads as a fresh device', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    writeFirstRunFlags(storage, { decided: true, onboardingPending: true });
    expect(readFirstRunFlags(storage)).toEqual({ decided: true, onboardingPending: true });
    store.set(FIRST_RUN_KEY, '{not json');
    expect(readFirstRunFlags(storage)).toEqual(fresh);
    store.set(FIRST_RUN_KEY, '{"decided":"yes"}');
    expect(readFirstRunFlags(storage)).toEqual(fresh);
    expect(readFirstRunFlags({ getItem: () => { throw new Error('blocked'); } })).toEqual(fresh);
    expect(readFirstRunFlags(null)).toEqual(fresh);
  });
});
