import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createPracticeSession,
  createSection,
  createSong,
  deleteSong,
  readLibrary,
  readPracticeLog,
  recordSectionPractice,
  recordSongPractice,
  setMetronomeSettings,
  updateSection,
  updateSong,
} from '../../lib/library-api.ts';
import { createDemoSong, DEMO_SONG_ID } from '../onboarding/demo-song.ts';
import { applyImportPlan } from './apply-import.ts';
import { buildLibraryExport, buildSongExport, serializeExport } from './build-export.ts';
import { parseImport } from './parse-import.ts';
import { planImport, plannedWrites } from './plan-import.ts';

const T0 = Date.UTC(2026, 1, 1);

function sourceDocs() {
  const library = new Y.Doc();
  const practice = new Y.Doc();
  createDemoSong(library);
  const songId = createSong(library, { title: 'Blue in Green', artist: 'Miles Davis', tags: ['jazz'] }, { now: T0 });
  const sectionId = createSection(library, { songId, name: 'A', bars: 10 }, { now: T0 });
  updateSection(library, sectionId, { confidence: 4 }, { now: T0 + 1000 });
  updateSong(library, songId, { bpm: 60 }, { now: T0 + 2000 });
  recordSongPractice(library, { songId, seconds: 300, at: T0 + 3000 });
  recordSectionPractice(library, { sectionId, at: T0 + 3000 });
  const gone = createSong(library, { title: 'Gone' }, { now: T0 });
  deleteSong(library, gone, { now: T0 + 4000 });
  setMetronomeSettings(library, { bpm: 90, clickSound: 'wood' }, { now: T0 + 5000 });
  createPracticeSession(practice, { songId, startedAt: T0, endedAt: T0 + 300_000, durationSeconds: 300, sectionIds: [sectionId], rating: 4 }, { now: T0 + 300_000 });
  return { library, practice, songId, sectionId };
}

function exportText(docs: { library: Y.Doc; practice: Y.Doc }, at = T0 + 10_000): string {
  return serializeExport(buildLibraryExport(readLibrary(docs.library), readPracticeLog(docs.practice), at));
}

function importText(docs: { library: Y.Doc; practice: Y.Doc }, text: string) {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.rejected));
  const plan = planImport(parsed.file, readLibrary(docs.library), readPracticeLog(docs.practice), parsed.rejected);
  applyImportPlan(docs, plan);
  return plan;
}

const withoutIssues = ({ issues: _issues, ...rest }: ReturnType<typeof readLibrary>) => rest;

describe('export and import round trip', () => {
  it('IMP1: a library exported and imported into an empty profile reads back identical', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    const plan = importText(target, exportText(source));
    expect(plan.rejected).toEqual([]);
    expect(withoutIssues(readLibrary(target.library))).toEqual(withoutIssues(readLibrary(source.library)));
    expect(readLibrary(target.library).issues).toEqual([]);
    expect(readPracticeLog(target.practice).sessions).toEqual(readPracticeLog(source.practice).sessions);
    // And the target exports the same file.
    expect(exportText(target)).toBe(exportText(source));
  });

  it('IMP1: the same holds for a profile that already created its own demo song (fixed ids converge)', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    createDemoSong(target.library);
    importText(target, exportText(source));
    expect(exportText(target)).toBe(exportText(source));
  });

  it('IMP5: importing the same file twice changes nothing the second time (no duplicates, no writes)', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    const text = exportText(source);
    importText(target, text);
    const libraryState = Y.encodeStateVector(target.library);
    const practiceState = Y.encodeStateVector(target.practice);
    const second = importText(target, text);
    expect(plannedWrites(second)).toBe(0);
    expect(second.keptHere).toBe(0);
    expect(second.unchanged).toBeGreaterThan(30);
    expect(Y.encodeStateVector(target.library)).toEqual(libraryState);
    expect(Y.encodeStateVector(target.practice)).toEqual(practiceState);
    expect(readLibrary(target.library).songs).toHaveLength(2);
  });

  it('IMP5: importing a library into itself changes nothing', () => {
    const source = sourceDocs();
    const before = Y.encodeStateVector(source.library);
    const plan = importText(source, exportText(source));
    expect(plannedWrites(plan)).toBe(0);
    expect(Y.encodeStateVector(source.library)).toEqual(before);
  });

  it('IMP6: an entity edited later here is kept; one edited later in the file is updated, matched by id not title', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    importText(target, exportText(source));
    // Here: rename the song later than the file. File: a later edit of the section.
    updateSong(target.library, source.songId, { title: 'Blue in Green (my take)' }, { now: T0 + 50_000 });
    updateSection(source.library, source.sectionId, { bars: 12, name: 'A1' }, { now: T0 + 60_000 });
    const plan = importText(target, exportText(source));
    expect(plan.songsToUpdate).toEqual([]);
    expect(plan.sectionsToUpdate.map((section) => section.id)).toEqual([source.sectionId]);
    expect(plan.keptHere).toBe(1);
    const song = readLibrary(target.library).songs.find((candidate) => candidate.id === source.songId);
    expect(song?.title).toBe('Blue in Green (my take)');
    expect(song?.sections).toMatchObject([{ id: source.sectionId, name: 'A1', bars: 12 }]);
    expect(readLibrary(target.library).songs).toHaveLength(2);
  });

  it('IMP7: practice counters are raised to the file, never lowered or doubled', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    importText(target, exportText(source));
    recordSongPractice(target.library, { songId: source.songId, seconds: 60, at: T0 + 90_000 });
    importText(target, exportText(source));
    const song = readLibrary(target.library).songs.find((candidate) => candidate.id === source.songId);
    expect(song).toMatchObject({ practiceCount: 2, totalPracticeSeconds: 360, lastPracticedAt: T0 + 90_000 });
  });

  it('IMP9: one song exported alone imports into another library next to its songs', () => {
    const source = sourceDocs();
    const target = { library: new Y.Doc(), practice: new Y.Doc() };
    createSong(target.library, { title: 'Blue in Green', artist: 'someone else' });
    const song = readLibrary(source.library).songs.find((candidate) => candidate.id === source.songId);
    if (song === undefined) throw new Error('missing song');
    const plan = importText(target, serializeExport(buildSongExport(song, T0)));
    expect(plan.songsToAdd).toHaveLength(1);
    expect(plan.settings).toBeNull();
    // Same title, different id: two songs (identity is the id, never the title).
    expect(readLibrary(target.library).songs.map((candidate) => candidate.title)).toEqual(['Blue in Green', 'Blue in Green']);
    expect(readLibrary(target.library).songs.some((candidate) => candidate.id === DEMO_SONG_ID)).toBe(false);
  });
});
