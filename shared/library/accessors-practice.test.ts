import { describe, expect, it } from 'vitest';
import { createPracticeSession, deletePracticeSession, updatePracticeSession } from './accessors-practice-log.ts';
import { recordSectionPractice, recordSongPractice } from './accessors-practice-stats.ts';
import { createSection } from './accessors-section.ts';
import { createSong } from './accessors-song.ts';
import { LIBRARY_ERROR } from './errors.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';
import { T0, exchange, newDoc, replicaOf } from './test-support/docs.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTION = '11111111-1111-4111-8111-000000000001';
const SESSION = '55555555-5555-4555-8555-000000000001';

describe('practice log accessors (practice document)', () => {
  it('DOC12: create, end, delete a practice session', () => {
    const doc = newDoc();
    createPracticeSession(doc, { id: SESSION, songId: SONG, startedAt: T0, sectionIds: [SECTION] }, { now: T0 });
    expect(readPracticeLog(doc).sessions).toEqual([
      { id: SESSION, songId: SONG, startedAt: T0, sectionIds: [SECTION], createdAt: T0, updatedAt: T0 },
    ]);
    updatePracticeSession(doc, SESSION, { endedAt: T0 + 600_000, durationSeconds: 600, rating: 4, tempoReached: 112, notes: 'solid' }, { now: T0 + 600_000 });
    expect(readPracticeLog(doc).sessions[0]).toMatchObject({ endedAt: T0 + 600_000, durationSeconds: 600, rating: 4, tempoReached: 112, updatedAt: T0 + 600_000 });
    deletePracticeSession(doc, SESSION);
    expect(readPracticeLog(doc)).toMatchObject({ sessions: [], issues: [], schemaVersion: 1 });
  });

  it('DOC18: practice sessions refuse invalid input', () => {
    const doc = newDoc();
    expect(() => createPracticeSession(doc, { songId: SONG, startedAt: -1 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
    expect(() => createPracticeSession(doc, { songId: SONG, startedAt: T0, sectionIds: [SECTION, SECTION] })).toThrow(
      expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }),
    );
    createPracticeSession(doc, { id: SESSION, songId: SONG, startedAt: T0 });
    expect(() => updatePracticeSession(doc, SESSION, { rating: 6 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });
});

describe('practice counters (library document)', () => {
  it('DOC11: recording practice counts sessions, seconds and the last time', () => {
    const doc = newDoc(1);
    createSong(doc, { id: SONG, title: 'x' });
    createSection(doc, { id: SECTION, songId: SONG, name: 'Verse' });
    recordSongPractice(doc, { songId: SONG, seconds: 300, at: T0 });
    recordSongPractice(doc, { songId: SONG, seconds: 120, at: T0 - 1000 });
    recordSectionPractice(doc, { sectionId: SECTION, at: T0 + 5 });
    const song = readLibrary(doc).songs[0];
    expect(song).toMatchObject({ practiceCount: 2, totalPracticeSeconds: 420, lastPracticedAt: T0 });
    expect(song?.sections[0]).toMatchObject({ practiceCount: 1, lastPracticedAt: T0 + 5 });
    expect(() => recordSongPractice(doc, { songId: SECTION, seconds: 1 })).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.notFound }));
  });

  it('DOC11: practice recorded on two replicas at once adds up', () => {
    const a = newDoc(1);
    createSong(a, { id: SONG, title: 'x' });
    createSection(a, { id: SECTION, songId: SONG, name: 'Verse' });
    const b = replicaOf(a, 2);
    recordSongPractice(a, { songId: SONG, seconds: 60, at: T0 });
    recordSectionPractice(a, { sectionId: SECTION, at: T0 });
    recordSongPractice(b, { songId: SONG, seconds: 90, at: T0 + 1 });
    recordSectionPractice(b, { sectionId: SECTION, at: T0 + 1 });
    exchange(a, b);
    for (const doc of [a, b]) {
      const song = readLibrary(doc).songs[0];
      expect(song).toMatchObject({ practiceCount: 2, totalPracticeSeconds: 150, lastPracticedAt: T0 + 1 });
      expect(song?.sections[0]?.practiceCount).toBe(2);
    }
  });
});
