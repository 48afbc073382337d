import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSection, deleteSection, reorderSection, updateSection } from './accessors-section.ts';
import { createSong, deleteSong, updateSong } from './accessors-song.ts';
import { recordSectionPractice, recordSongPractice } from './accessors-practice-stats.ts';
import { createPracticeSession } from './accessors-practice-log.ts';
import {
  overwriteSectionRecord,
  overwriteSongRecord,
  raisePracticeCounters,
  restorePracticeSession,
  restoreSectionRecord,
  restoreSongRecord,
} from './import-records.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';

const T0 = Date.UTC(2026, 2, 1);

function sourceLibrary(): Y.Doc {
  const doc = new Y.Doc();
  const songId = createSong(doc, { title: 'So What', artist: 'Miles Davis', tags: ['jazz'] }, { now: T0 });
  updateSong(doc, songId, { bpm: 136, key: 'Dm' }, { now: T0 + 5000 });
  const a = createSection(doc, { songId, name: 'Head', type: 'verse', bars: 16 }, { now: T0 + 1000 });
  const b = createSection(doc, { songId, name: 'Bridge', type: 'bridge', bars: 8 }, { now: T0 + 2000 });
  createSection(doc, { songId, name: 'Solos', type: 'solo', bars: 32 }, { now: T0 + 3000 });
  reorderSection(doc, b, 0, { now: T0 + 6000 });
  updateSection(doc, a, { confidence: 5 }, { now: T0 + 7000 });
  const gone = createSection(doc, { songId, name: 'Coda', bars: 4 }, { now: T0 + 8000 });
  deleteSection(doc, gone, { now: T0 + 9000 });
  recordSongPractice(doc, { songId, seconds: 600, at: T0 + 10_000 });
  recordSectionPractice(doc, { sectionId: a, at: T0 + 10_000 });
  const deleted = createSong(doc, { title: 'Old tune' }, { now: T0 });
  deleteSong(doc, deleted, { now: T0 + 11_000 });
  return doc;
}

function restoreAll(target: Y.Doc, source: Y.Doc): void {
  const library = readLibrary(source);
  const songs = [...library.songs, ...library.deletedSongs];
  for (const song of songs) {
    restoreSongRecord(target, song);
    for (const section of [...song.sections, ...song.deletedSections]) restoreSectionRecord(target, section);
  }
  raisePracticeCounters(
    target,
    songs.flatMap((song) => [song, ...song.sections].map((entity) => ({ entityId: entity.id, ...countersOf(entity) }))),
  );
}

function countersOf(entity: { practiceCount: number; lastPracticedAt?: number | undefined; totalPracticeSeconds?: number }) {
  return {
    practiceCount: entity.practiceCount,
    totalPracticeSeconds: entity.totalPracticeSeconds ?? 0,
    ...(entity.lastPracticedAt === undefined ? {} : { lastPracticedAt: entity.lastPracticedAt }),
  };
}

describe('import records (writers for import)', () => {
  it('IMP1: songs and sections restored into a fresh document read back identical (ids, order, times, counters)', () => {
    const source = sourceLibrary();
    const target = new Y.Doc();
    restoreAll(target, source);
    const { issues, ...restored } = readLibrary(target);
    const { issues: sourceIssues, ...original } = readLibrary(source);
    expect(issues).toEqual([]);
    expect(sourceIssues).toEqual([]);
    expect(restored).toEqual(original);
  });

  it('IMP2: restoring the same counters twice adds nothing; lower counters never lower them', () => {
    const source = sourceLibrary();
    const target = new Y.Doc();
    restoreAll(target, source);
    const before = Y.encodeStateVector(target);
    const song = readLibrary(source).songs[0];
    if (song === undefined) throw new Error('no song');
    raisePracticeCounters(target, [{ entityId: song.id, ...countersOf(song) }]);
    raisePracticeCounters(target, [{ entityId: song.id, practiceCount: 0, totalPracticeSeconds: 0 }]);
    expect(Y.encodeStateVector(target)).toEqual(before);
    raisePracticeCounters(target, [{ entityId: song.id, practiceCount: 3, totalPracticeSeconds: 900, lastPracticedAt: T0 + 20_000 }]);
    const raised = readLibrary(target).songs[0];
    expect(raised).toMatchObject({ practiceCount: 3, totalPracticeSeconds: 900, lastPracticedAt: T0 + 20_000 });
  });

  it('IMP3: overwriting an existing song writes only differing fields, stamped with the file time; clears absent ones', () => {
    const doc = new Y.Doc();
    const songId = createSong(doc, { title: 'A', artist: 'Someone', bpm: 100 }, { now: T0 });
    const file = { ...readLibrary(doc).songs[0], title: 'A (live)', bpm: 110, artist: undefined, updatedAt: T0 + 60_000 };
    overwriteSongRecord(doc, file);
    const song = readLibrary(doc).songs[0];
    expect(song).toMatchObject({ id: songId, title: 'A (live)', bpm: 110, updatedAt: T0 + 60_000 });
    expect(song?.artist).toBeUndefined();
    const before = Y.encodeStateVector(doc);
    overwriteSongRecord(doc, file);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('IMP3: overwriting a section can restore a deleted one and move it', () => {
    const doc = new Y.Doc();
    const songId = createSong(doc, { title: 'A' }, { now: T0 });
    const sectionId = createSection(doc, { songId, name: 'Verse' }, { now: T0 });
    const exported = readLibrary(doc).songs[0]?.sections[0];
    deleteSection(doc, sectionId, { now: T0 + 1000 });
    overwriteSectionRecord(doc, { ...exported, bars: 12, updatedAt: T0 + 2000 });
    expect(readLibrary(doc).songs[0]?.sections).toMatchObject([{ id: sectionId, bars: 12, updatedAt: T0 + 2000 }]);
  });

  it('IMP4: a practice session is restored with its own times', () => {
    const source = new Y.Doc();
    const target = new Y.Doc();
    const songId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    createPracticeSession(source, { songId, startedAt: T0, endedAt: T0 + 60_000, durationSeconds: 60, rating: 4 }, { now: T0 + 60_000 });
    const [session] = readPracticeLog(source).sessions;
    restorePracticeSession(target, session);
    expect(readPracticeLog(target).sessions).toEqual(readPracticeLog(source).sessions);
  });

  it('IMP5: invalid input is refused before anything is written', () => {
    const doc = new Y.Doc();
    expect(() => restoreSongRecord(doc, { id: 'nope', title: '' })).toThrow(/invalid song/);
    expect(readLibrary(doc).songs).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });
});
