import { describe, expect, it } from 'vitest';
import { createChord, deleteChord } from './accessors-chord.ts';
import { createSection, updateSection } from './accessors-section.ts';
import { setPreferences } from './accessors-settings.ts';
import { createSong, updateSong } from './accessors-song.ts';
import { diffRows, isEmptyDiff } from './diff-rows.ts';
import { UserIdSchema } from './ids.ts';
import { projectLibrary } from './project-library.ts';
import { readLibrary } from './read-library.ts';
import type { ProjectedRows } from './schema-rows.ts';
import { newDoc } from './test-support/docs.ts';
import { createRandom } from './test-support/prng.ts';

const USER = UserIdSchema.parse('0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const SECTIONS = ['11111111-1111-4111-8111-000000000001', '11111111-1111-4111-8111-000000000002', '11111111-1111-4111-8111-000000000003'];
const CHORD = '33333333-3333-4333-8333-000000000001';

function library() {
  const doc = newDoc(1);
  createSong(doc, { id: SONG, title: 'x', bpm: 120 });
  for (const id of SECTIONS) createSection(doc, { id, songId: SONG, name: 'Part', bars: 4 });
  createChord(doc, { id: CHORD, sectionId: SECTIONS[0] ?? '', bar: 1, beat: 1, root: 'C' });
  return doc;
}
const rowsOf = (doc: ReturnType<typeof newDoc>) => projectLibrary(USER, readLibrary(doc));

/** Applies a diff to a plain copy of `previous` the way a database writer would. */
function applyDiff(previous: ProjectedRows, diff: ReturnType<typeof diffRows>): ProjectedRows {
  const table = <Row extends { id: string }>(rows: Row[], change: { upserts: Row[]; deletes: string[] }) => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of change.deletes) byId.delete(id);
    for (const row of change.upserts) byId.set(row.id, row);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  };
  return {
    songs: table(previous.songs, diff.songs),
    sections: table(previous.sections, diff.sections),
    chords: table(previous.chords, diff.chords),
    practiceSessions: table(previous.practiceSessions, diff.practiceSessions),
    preferences: diff.preferences ?? previous.preferences,
  };
}

describe('diffRows', () => {
  it('DOC16: from nothing, every row is an upsert', () => {
    const rows = rowsOf(library());
    const diff = diffRows(null, rows);
    expect(diff.songs.upserts).toEqual(rows.songs);
    expect(diff.sections.upserts).toEqual(rows.sections);
    expect(diff.chords.upserts).toEqual(rows.chords);
    expect(diff.preferences).toEqual(rows.preferences);
  });

  it('DOC16: an unchanged projection gives an empty diff', () => {
    const doc = library();
    expect(isEmptyDiff(diffRows(rowsOf(doc), rowsOf(doc)))).toBe(true);
  });

  it('DOC16: one field edit changes one row; derived columns change the rows they derive', () => {
    const doc = library();
    const before = rowsOf(doc);
    updateSection(doc, SECTIONS[2] ?? '', { name: 'Coda' });
    let diff = diffRows(before, rowsOf(doc));
    expect(diff.sections.upserts.map((row) => [row.id, row.name])).toEqual([[SECTIONS[2], 'Coda']]);
    expect([diff.songs, diff.chords].every((table) => table.upserts.length === 0 && table.deletes.length === 0)).toBe(true);
    const middle = rowsOf(doc);
    updateSong(doc, SONG, { bpm: 60 }); // every section's end time (and later start times) move
    diff = diffRows(middle, rowsOf(doc));
    expect(diff.songs.upserts).toHaveLength(1);
    expect(diff.sections.upserts.map((row) => row.id)).toEqual(SECTIONS);
  });

  it('DOC16: removed rows are deletes; changed settings are one preferences row', () => {
    const doc = library();
    const before = rowsOf(doc);
    deleteChord(doc, CHORD);
    setPreferences(doc, { theme: 'dark' });
    const diff = diffRows(before, rowsOf(doc));
    expect(diff.chords).toEqual({ upserts: [], deletes: [CHORD] });
    expect(diff.preferences?.preferences.theme).toBe('dark');
  });

  it('DOC16: applying the diff to the previous rows gives the next rows (random edits)', () => {
    const random = createRandom(16);
    const doc = library();
    let rows = rowsOf(doc);
    for (let i = 0; i < 200; i++) {
      const section = random.pick(SECTIONS);
      const roll = random.int(0, 2);
      if (roll === 0) updateSection(doc, section, { bars: random.int(1, 16), confidence: random.int(1, 5) });
      else if (roll === 1) createChord(doc, { sectionId: section, bar: random.int(1, 4), beat: 1, root: 'D' });
      else updateSong(doc, SONG, { bpm: random.int(60, 200) });
      const next = rowsOf(doc);
      expect(applyDiff(rows, diffRows(rows, next))).toEqual(next);
      rows = next;
    }
  });
});
