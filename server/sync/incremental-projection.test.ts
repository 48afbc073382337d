import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createChord,
  createTempoEvent,
  deleteSection,
  deleteSong,
  reorderSection,
  restoreSong,
  setPreferences,
  UserIdSchema,
} from '../../shared/library/index.ts';
import { libraryRoots } from '../../shared/library/roots.ts';
import { prng, testSeed, withSeed } from '../../test/sync/prng.ts';
import { editorState, randomLibraryEdit } from '../../test/sync/random-library-edits.ts';
import { createIncrementalProjection } from './incremental-projection.ts';
import { projectDocument } from './projection-plan.ts';

const userId = UserIdSchema.parse('0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');

/** One more kind of change than randomLibraryEdit makes: deletions, restores, reorders, chords, tempo, settings, malformed values. */
function otherEdit(doc: Y.Doc, random: ReturnType<typeof prng>, songIds: string[], sectionIds: string[], step: number): void {
  const song = songIds.length > 0 ? random.pick(songIds) : undefined;
  const section = sectionIds.length > 0 ? random.pick(sectionIds) : undefined;
  const roll = random.int(8);
  try {
    if (roll === 0 && song) deleteSong(doc, song);
    else if (roll === 1 && song) restoreSong(doc, song);
    else if (roll === 2 && section) deleteSection(doc, section);
    else if (roll === 3 && section) reorderSection(doc, section, random.int(4));
    else if (roll === 4 && section) createChord(doc, { sectionId: section, bar: 1 + random.int(8), beat: 1, durationBeats: 4, root: 'G', quality: 'min7' });
    else if (roll === 5 && song) createTempoEvent(doc, { songId: song, bar: 2 + random.int(30), bpm: 60 + random.int(100), change: 'step' });
    else if (roll === 6) setPreferences(doc, { countInBeats: 1 + random.int(8) });
    // A malformed value a client could write (SYNC11 repairs it; the reader reports it).
    else if (song) libraryRoots(doc).songFields.set(`${song}:bpm`, ['not a number', step]);
  } catch {
    // An accessor refusing an edit (e.g. a section of a deleted song) is not what is tested here.
  }
}

describe('incremental projection', () => {
  it('SYNC10: equals the full projection after every pass of random edits, deletions and malformed values', async () => {
    const seed = testSeed();
    await withSeed('incremental projection', seed, async () => {
      const random = prng(seed);
      const doc = new Y.Doc();
      const state = editorState('a', []);
      const incremental = createIncrementalProjection(doc, userId);
      let step = 0;
      for (let pass = 0; pass < 60; pass++) {
        const edits = 1 + random.int(pass % 10 === 0 ? 40 : 4);
        for (let i = 0; i < edits; i++) {
          if (random.next() < 0.7) randomLibraryEdit(doc, random, state, step++);
          else otherEdit(doc, random, state.songIds, state.sectionIds, step++);
        }
        expect(incremental.project()).toEqual(projectDocument('library', userId, doc));
      }
      incremental.destroy();
    });
  });

  it('SYNC10: a song that did not change keeps its row objects (the diff compares them by identity)', () => {
    const doc = new Y.Doc();
    const state = editorState('b', []);
    const random = prng(7);
    for (let step = 0; step < 30; step++) randomLibraryEdit(doc, random, state, step);
    const incremental = createIncrementalProjection(doc, userId);
    const first = incremental.project().rows;
    createChord(doc, { sectionId: state.sectionIds[0] ?? '', bar: 1, beat: 1, durationBeats: 4, root: 'C', quality: 'maj' });
    const second = incremental.project().rows;
    const changedSong = second.sections.find((row) => row.id === state.sectionIds[0])?.song_id;
    const untouched = first.songs.filter((row) => row.id !== changedSong);
    expect(untouched.length).toBeGreaterThan(0);
    for (const row of untouched) expect(second.songs.find((next) => next.id === row.id)).toBe(row);
    expect(second.songs.find((row) => row.id === changedSong)).not.toBe(first.songs.find((row) => row.id === changedSong));
  });
});
