import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createChord, deleteChord, updateChord } from './accessors-chord.ts';
import { createPracticeSession, updatePracticeSession } from './accessors-practice-log.ts';
import { recordSectionPractice, recordSongPractice } from './accessors-practice-stats.ts';
import { createSection, deleteSection, reorderSection, restoreSection, updateSection } from './accessors-section.ts';
import { setMetronomeSettings, setPreferences } from './accessors-settings.ts';
import { createSong, deleteSong, restoreSong, updateSong } from './accessors-song.ts';
import { createTempoEvent, deleteTempoEvent, updateTempoEvent } from './accessors-tempo.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { libraryRoots } from './roots.ts';
import { newDoc } from './test-support/docs.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';
const SECTION_2 = '11111111-1111-4111-8111-000000000002';
const CHORD = '33333333-3333-4333-8333-000000000001';
const TEMPO = '44444444-4444-4444-8444-000000000001';
const SESSION = '55555555-5555-4555-8555-000000000001';
const ORIGIN = { source: 'test' };

describe('accessor transactions', () => {
  it('DOC10: every accessor call is one transaction carrying the caller origin', () => {
    const doc = newDoc();
    const practice = newDoc();
    const origins: unknown[] = [];
    for (const target of [doc, practice]) target.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const options = { origin: ORIGIN };
    const calls = [
      () => createSong(doc, { id: SONG, title: 'x' }, options),
      () => updateSong(doc, SONG, { bpm: 100, key: 'C' }, options),
      () => createSection(doc, { id: SECTION, songId: SONG, name: 'A' }, options),
      () => createSection(doc, { id: SECTION_2, songId: SONG, name: 'B' }, options),
      () => updateSection(doc, SECTION, { bars: 4, confidence: 2 }, options),
      () => reorderSection(doc, SECTION, 1, options),
      () => deleteSection(doc, SECTION, options),
      () => restoreSection(doc, SECTION, options),
      () => createChord(doc, { id: CHORD, sectionId: SECTION, bar: 1, beat: 1, root: 'C' }, options),
      () => updateChord(doc, CHORD, { root: 'D' }, options),
      () => deleteChord(doc, CHORD, options),
      () => createTempoEvent(doc, { id: TEMPO, songId: SONG, bar: 1, bpm: 90 }, options),
      () => updateTempoEvent(doc, TEMPO, { bpm: 95 }, options),
      () => deleteTempoEvent(doc, TEMPO, options),
      () => recordSongPractice(doc, { songId: SONG, seconds: 10 }, options),
      () => recordSectionPractice(doc, { sectionId: SECTION }, options),
      () => setPreferences(doc, { theme: 'dark', autoLoop: false }, options),
      () => setMetronomeSettings(doc, { bpm: 90, muted: true }, options),
      () => deleteSong(doc, SONG, options),
      () => restoreSong(doc, SONG, options),
      () => createPracticeSession(practice, { id: SESSION, songId: SONG, startedAt: 0 }, options),
      () => updatePracticeSession(practice, SESSION, { rating: 5 }, options),
    ];
    calls.forEach((call, i) => {
      call();
      expect(origins, `call ${i}`).toEqual([ORIGIN]);
      origins.length = 0;
    });
  });

  it('DOC10: the origin lets a Y.UndoManager undo exactly the tracked edits', () => {
    const doc = newDoc();
    createSong(doc, { id: SONG, title: 'Original' });
    const roots = libraryRoots(doc);
    const undo = new Y.UndoManager([roots.songs, roots.songFields], { trackedOrigins: new Set([ORIGIN]) });
    updateSong(doc, SONG, { title: 'Edited' }, { origin: ORIGIN });
    updateSong(doc, SONG, { bpm: 120 }); // untracked
    undo.undo();
    expect(readLibrary(doc).songs[0]).toMatchObject({ title: 'Original', bpm: 120 });
  });

  it('DOC10: an invalid clock value is refused before anything is written', () => {
    const doc = newDoc();
    expect(() => createSong(doc, { title: 'x' }, { now: -5 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(readLibrary(doc).songs).toEqual([]);
  });
});
