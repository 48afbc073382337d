import { describe, expect, it } from 'vitest';
import { createPracticeSession } from './accessors-practice-log.ts';
import { recordSongPractice } from './accessors-practice-stats.ts';
import { createSection } from './accessors-section.ts';
import { setPreferences } from './accessors-settings.ts';
import { createSong, deleteSong, updateSong } from './accessors-song.ts';
import { mergeGuestDocument } from './merge-guest.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';
import { metaRoot } from './roots.ts';
import { T0, exchange, newDoc, replicaOf } from './test-support/docs.ts';

// A song with fixed ids, content and time, as the onboarding demo song is: every replica that
// creates it writes identical values under identical keys.
const DEMO = '6d657400-de00-4000-8000-000000000001';
const DEMO_SECTION = '6d657400-de00-4000-8000-000000000002';
function createDemo(doc: ReturnType<typeof newDoc>): void {
  createSong(doc, { id: DEMO, title: 'Demo: Practice Groove', bpm: 96 }, { now: T0 });
  createSection(doc, { id: DEMO_SECTION, songId: DEMO, name: 'Intro', type: 'intro', bars: 4 }, { now: T0 });
}

const GUEST_SONG = '6f1c7a52-3d4b-4e8f-9a0b-000000000001';
const OTHER_DEVICE_SONG = '6f1c7a52-3d4b-4e8f-9a0b-000000000002';
const SESSION = '55555555-5555-4555-8555-000000000001';

const titles = (doc: ReturnType<typeof newDoc>) => readLibrary(doc).songs.map((song) => song.title).sort();

describe('mergeGuestDocument', () => {
  it('MERGE1: the guest songs join what the account already holds from another device; nothing is lost', () => {
    const server = newDoc(1);
    const otherDevice = newDoc(2);
    createSong(otherDevice, { id: OTHER_DEVICE_SONG, title: 'From the laptop' }, { now: T0 });
    exchange(otherDevice, server);

    const guest = newDoc(3);
    createSong(guest, { id: GUEST_SONG, title: 'From the phone' }, { now: T0 + 1 });
    // The phone's account replica has not synced yet: the merge must not depend on it.
    const phoneAccount = newDoc(4);
    expect(mergeGuestDocument(phoneAccount, guest)).toEqual({ kind: 'merged', changed: true });
    exchange(phoneAccount, server);
    exchange(server, otherDevice);

    for (const replica of [server, otherDevice, phoneAccount]) {
      expect(titles(replica)).toEqual(['From the laptop', 'From the phone']);
      expect(readLibrary(replica).issues).toEqual([]);
    }
  });

  it('MERGE2: an entity both documents hold (the demo song, fixed ids) stays one entity', () => {
    const account = newDoc(10);
    createDemo(account);
    const guest = newDoc(11);
    createDemo(guest);
    createSong(guest, { id: GUEST_SONG, title: 'Mine' }, { now: T0 + 5 });

    mergeGuestDocument(account, guest);
    const library = readLibrary(account);
    expect(library.songs.map((song) => song.id).sort()).toEqual([GUEST_SONG, DEMO].sort());
    expect(library.songs.find((song) => song.id === DEMO)?.sections.map((section) => section.id)).toEqual([DEMO_SECTION]);
    expect(library.issues).toEqual([]);
  });

  it('MERGE3: merging the same guest state again changes nothing; later guest edits merge on top', () => {
    const account = newDoc(20);
    const guest = newDoc(21);
    createSong(guest, { id: GUEST_SONG, title: 'First' }, { now: T0 });
    mergeGuestDocument(account, guest);
    const once = readLibrary(account);
    expect(mergeGuestDocument(account, guest)).toEqual({ kind: 'merged', changed: false });
    expect(readLibrary(account)).toEqual(once);

    updateSong(guest, GUEST_SONG, { title: 'Renamed as guest' }, { now: T0 + 10 });
    expect(mergeGuestDocument(account, guest)).toEqual({ kind: 'merged', changed: true });
    expect(titles(account)).toEqual(['Renamed as guest']);
  });

  it('MERGE1: deletions and edits made as a guest come along; edits of the account stay', () => {
    const account = newDoc(30);
    createSong(account, { id: OTHER_DEVICE_SONG, title: 'Account song', bpm: 100 }, { now: T0 });
    const guest = replicaOf(account, 31); // e.g. a copy the guest library started from
    updateSong(account, OTHER_DEVICE_SONG, { bpm: 120 }, { now: T0 + 1 });
    updateSong(guest, OTHER_DEVICE_SONG, { artist: 'Guest artist' }, { now: T0 + 2 });
    createSong(guest, { id: GUEST_SONG, title: 'Deleted as guest' }, { now: T0 + 3 });
    deleteSong(guest, GUEST_SONG, { now: T0 + 4 });

    mergeGuestDocument(account, guest);
    const library = readLibrary(account);
    expect(library.songs).toHaveLength(1);
    expect(library.songs[0]).toMatchObject({ bpm: 120, artist: 'Guest artist' });
    expect(library.deletedSongs.map((song) => song.id)).toEqual([GUEST_SONG]);
  });

  it('MERGE4: practice counted as a guest adds to the practice counted on the account', () => {
    const account = newDoc(40);
    createDemo(account);
    recordSongPractice(account, { songId: DEMO, seconds: 60, at: T0 + 100 }, { now: T0 + 100 });
    const guest = newDoc(41);
    createDemo(guest);
    recordSongPractice(guest, { songId: DEMO, seconds: 30, at: T0 + 200 }, { now: T0 + 200 });

    mergeGuestDocument(account, guest);
    expect(readLibrary(account).songs[0]).toMatchObject({ practiceCount: 2, totalPracticeSeconds: 90, lastPracticedAt: T0 + 200 });
  });

  it('MERGE1: practice documents merge the same way (sessions of both kept)', () => {
    const account = newDoc(50);
    createPracticeSession(account, { songId: DEMO, startedAt: T0 }, { now: T0 });
    const guest = newDoc(51);
    createPracticeSession(guest, { id: SESSION, songId: DEMO, startedAt: T0 + 1000 }, { now: T0 + 1000 });
    mergeGuestDocument(account, guest);
    const log = readPracticeLog(account);
    expect(log.sessions).toHaveLength(2);
    expect(log.sessions.map((session) => session.id)).toContain(SESSION);
  });

  it('MERGE5: a setting both set ends with one value, the same on every replica', () => {
    const account = newDoc(60);
    setPreferences(account, { theme: 'dark' });
    const server = replicaOf(account, 61);
    const guest = newDoc(62);
    setPreferences(guest, { theme: 'light', countInBeats: 2 });
    mergeGuestDocument(account, guest);
    exchange(account, server);
    expect(readLibrary(account).preferences).toEqual(readLibrary(server).preferences);
    expect(readLibrary(account).preferences.countInBeats).toBe(2);
  });

  it('DOC9: a document of a newer schema is never merged into or from', () => {
    const account = newDoc(70);
    const guest = newDoc(71);
    createSong(guest, { id: GUEST_SONG, title: 'Guest' }, { now: T0 });
    metaRoot(account).set('schemaVersion:99', 99);
    const before = Array.from(metaRoot(account).keys());
    expect(mergeGuestDocument(account, guest)).toEqual({ kind: 'refused', reason: 'newer-schema' });
    expect(Array.from(metaRoot(account).keys())).toEqual(before);
    expect(readLibrary(account).songs).toEqual([]);

    const newerGuest = replicaOf(guest, 72);
    metaRoot(newerGuest).set('schemaVersion:99', 99);
    expect(mergeGuestDocument(newDoc(73), newerGuest).kind).toBe('refused');
  });
});
