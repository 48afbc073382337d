import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createChord } from './accessors-chord.ts';
import { createPracticeSession } from './accessors-practice-log.ts';
import { recordSectionPractice } from './accessors-practice-stats.ts';
import { createSection, deleteSection } from './accessors-section.ts';
import { setMetronomeSettings } from './accessors-settings.ts';
import { createSong, deleteSong } from './accessors-song.ts';
import { createTempoEvent } from './accessors-tempo.ts';
import { UserIdSchema } from './ids.ts';
import { projectLibrary } from './project-library.ts';
import { readLibrary } from './read-library.ts';
import { readPracticeLog } from './read-practice-log.ts';
import { LIBRARY_ROOT_NAMES } from './roots.ts';
import { ProjectedRowsSchema } from './schema-rows.ts';
import { T0, newDoc, replicaOf } from './test-support/docs.ts';
import { runScenario } from './test-support/convergence-scenario.ts';

const USER = UserIdSchema.parse('0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
const S1 = '11111111-1111-4111-8111-000000000001';
const S2 = '11111111-1111-4111-8111-000000000002';
const S3 = '11111111-1111-4111-8111-000000000003';
const CHORD = '33333333-3333-4333-8333-000000000001';
const SESSION = '55555555-5555-4555-8555-000000000001';

const project = (doc: Y.Doc, practice?: Y.Doc) => projectLibrary(USER, readLibrary(doc), practice ? readPracticeLog(practice) : undefined);

function smallLibrary() {
  const doc = newDoc(1);
  createSong(doc, { id: SONG, title: 'Take Five', artist: 'Dave Brubeck', bpm: 172, timeSignature: '5/4', tags: ['jazz'] }, { now: T0 });
  createTempoEvent(doc, { songId: SONG, bar: 9, bpm: 86 }, { now: T0 });
  createSection(doc, { id: S1, songId: SONG, name: 'Head', type: 'verse', bars: 8 }, { now: T0 + 1 });
  createSection(doc, { id: S2, songId: SONG, name: 'Solo', type: 'solo', bars: 4, color: '#123456' }, { now: T0 + 2 });
  createSection(doc, { id: S3, songId: SONG, name: 'Gone', bars: 2 }, { now: T0 + 3 });
  deleteSection(doc, S3, { now: T0 + 4 });
  createChord(doc, { id: CHORD, sectionId: S1, bar: 1, beat: 1, durationBeats: 3, root: 'Eb', quality: 'min', bass: 'Bb' });
  recordSectionPractice(doc, { sectionId: S1, at: T0 + 10 });
  setMetronomeSettings(doc, { bpm: 172 }, { now: T0 + 20 });
  const practice = newDoc(2);
  createPracticeSession(practice, { id: SESSION, songId: SONG, startedAt: T0, endedAt: T0 + 60_000, durationSeconds: 60, sectionIds: [S1], rating: 4 }, { now: T0 });
  return { doc, practice };
}

describe('projectLibrary', () => {
  it('DOC16: rows carry snake_case columns, ISO timestamps, derived positions and effective colors', () => {
    const { doc, practice } = smallLibrary();
    const rows = project(doc, practice);
    expect(rows.songs).toEqual([
      {
        id: SONG, user_id: USER, title: 'Take Five', artist: 'Dave Brubeck', album: null, duration: null, bpm: 172, key: null,
        time_signature: '5/4', tags: ['jazz'], notes: null,
        tempo_map: [{ id: expect.any(String), bar: 9, beat: 1, bpm: 86, change: 'instant' }],
        practice_count: 0, total_practice_seconds: 0, last_practiced_at: null,
        created_at: new Date(T0).toISOString(), updated_at: new Date(T0).toISOString(), deleted_at: null,
      },
    ]);
    const [head, solo, gone] = rows.sections;
    // 8 bars of 5/4 at 172 bpm = 40 beats = 13.953 s; the solo starts at bar 9 where the map says 86 bpm.
    expect(head).toMatchObject({ id: S1, song_id: SONG, sort_order: 0, start_bar: 1, start_time: 0, end_time: 13.953, color: '#3b82f6', practice_count: 1, last_practiced_at: new Date(T0 + 10).toISOString() });
    expect(solo).toMatchObject({ id: S2, sort_order: 1, start_bar: 9, start_time: 13.953, end_time: 27.907, color: '#123456', bpm: null });
    expect(gone).toMatchObject({ id: S3, sort_order: null, start_bar: null, start_time: null, end_time: null, deleted_at: new Date(T0 + 4).toISOString() });
    expect(rows.chords).toEqual([
      { id: CHORD, user_id: USER, section_id: S1, song_id: SONG, bar: 1, beat: 1, duration_beats: 3, root: 'Eb', quality: 'min', extensions: [], bass: 'Bb', symbol: 'Ebm/Bb' },
    ]);
    expect(rows.practiceSessions).toEqual([
      {
        id: SESSION, user_id: USER, song_id: SONG, started_at: new Date(T0).toISOString(), ended_at: new Date(T0 + 60_000).toISOString(),
        duration: 60, sections_practiced: [S1], tempo_reached: null, rating: 4, notes: null,
        created_at: new Date(T0).toISOString(), updated_at: new Date(T0).toISOString(),
      },
    ]);
    expect(rows.preferences).toMatchObject({ user_id: USER, metronome_settings: { bpm: 172 }, updated_at: new Date(T0 + 20).toISOString() });
    expect(() => ProjectedRowsSchema.parse(rows)).not.toThrow();
  });

  it('DOC16: deleted songs are projected with deleted_at; without a practice log there are no session rows', () => {
    const { doc } = smallLibrary();
    deleteSong(doc, SONG, { now: T0 + 99 });
    const rows = project(doc);
    expect(rows.songs[0]?.deleted_at).toBe(new Date(T0 + 99).toISOString());
    expect(rows.sections).toHaveLength(3);
    expect(rows.practiceSessions).toEqual([]);
  });

  it('DOC16: malformed entities produce no rows (and no dangling children)', () => {
    const { doc, practice } = smallLibrary();
    const before = project(doc, practice);
    doc.getMap(LIBRARY_ROOT_NAMES.sections).set(S1, '{"broken":'); // raw write: test only
    const after = project(doc, practice);
    expect(after.sections.map((row) => row.id)).toEqual([S2, S3]);
    expect(after.chords).toEqual([]);
    expect(after.songs).toEqual(before.songs);
    expect(() => ProjectedRowsSchema.parse(after)).not.toThrow();
  });

  it('DOC16: projections are deterministic, valid, and equal on converged replicas (random libraries)', () => {
    for (const seed of [3, 17, 42]) {
      const { network } = runScenario(seed);
      const projections = network.peers.map(([library, practice]) => {
        if (!library || !practice) throw new Error('missing replica');
        return project(library, practice);
      });
      const [first] = projections;
      expect(() => ProjectedRowsSchema.parse(first), `seed ${seed}`).not.toThrow();
      expect(first?.sections.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const other of projections) expect(JSON.stringify(other), `seed ${seed}`).toBe(JSON.stringify(first));
      const library = network.peers[0]?.[0];
      if (library) expect(JSON.stringify(project(replicaOf(library)))).toBe(JSON.stringify(project(library)));
      for (const table of [first?.songs, first?.sections, first?.chords, first?.practiceSessions]) {
        const ids = (table ?? []).map((row) => row.id);
        expect(ids, `seed ${seed}`).toEqual([...ids].sort());
      }
    }
  });
});

describe('projection schema matches the SQL migration', () => {
  it('DOC16: every row schema has exactly the columns of its table in migrations/0002_projections.sql', async () => {
    // node:fs through a computed specifier: this file is also type-checked for the browser.
    const fs: unknown = await import(['node', 'fs'].join(':'));
    const readFileSync: unknown = Reflect.get(fs as object, 'readFileSync');
    if (typeof readFileSync !== 'function') throw new Error('node:fs unavailable');
    const sql = String(readFileSync(new URL('../../migrations/0002_projections.sql', import.meta.url), 'utf8'));
    const columnsOf = (table: string) => {
      const body = new RegExp(`CREATE TABLE ${table} \\(([\\s\\S]*?)\\n\\);`).exec(sql)?.[1] ?? '';
      return body
        .split('\n')
        .map((line) => /^\s{2}([a-z_]+) /.exec(line)?.[1])
        .filter((name): name is string => name !== undefined && name !== 'CONSTRAINT')
        .sort();
    };
    const shape = ProjectedRowsSchema.shape;
    const keys = (schema: { element: { shape: object } } | { shape: object }) => Object.keys('element' in schema ? schema.element.shape : schema.shape).sort();
    expect(columnsOf('songs')).toEqual(keys(shape.songs));
    expect(columnsOf('sections')).toEqual(keys(shape.sections));
    expect(columnsOf('chords')).toEqual(keys(shape.chords));
    expect(columnsOf('practice_sessions')).toEqual(keys(shape.practiceSessions));
    expect(columnsOf('user_preferences')).toEqual(keys(shape.preferences));
  });
});
