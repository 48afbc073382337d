import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteSection, deleteSong, diffRows, restoreSong, setPreferences, UserIdSchema, type ProjectedRows } from '../../shared/library/index.ts';
import { prng, testSeed, withSeed } from '../../test/sync/prng.ts';
import { editorState, randomLibraryEdit } from '../../test/sync/random-library-edits.ts';
import { createIncrementalProjection } from './incremental-projection.ts';
import { emptyRows, projectDocument } from './projection-plan.ts';
import { diffFingerprints, fingerprintRows } from './row-fingerprints.ts';

const userId = UserIdSchema.parse('0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');

describe('row fingerprints', () => {
  it('SYNC10: the diff against the fingerprint of the last rows equals the diff against the rows, pass after pass of random edits (incremental and full projections)', async () => {
    const seed = testSeed();
    await withSeed('row fingerprints', seed, async () => {
      const random = prng(seed);
      const doc = new Y.Doc();
      const state = editorState('a', []);
      const incremental = createIncrementalProjection(doc, userId);
      let previous: ProjectedRows = emptyRows(userId);
      let nonEmpty = 0;
      let step = 0;
      for (let pass = 0; pass < 80; pass++) {
        const edits = 1 + random.int(pass % 10 === 0 ? 30 : 3);
        for (let i = 0; i < edits; i++) {
          const roll = random.next();
          try {
            if (roll < 0.8) randomLibraryEdit(doc, random, state, step++);
            else if (roll < 0.85 && state.songIds.length > 0) deleteSong(doc, random.pick(state.songIds));
            else if (roll < 0.9 && state.songIds.length > 0) restoreSong(doc, random.pick(state.songIds));
            else if (roll < 0.95 && state.sectionIds.length > 0) deleteSection(doc, random.pick(state.sectionIds));
            else setPreferences(doc, { countInBeats: 1 + random.int(8) });
          } catch {
            // An accessor refusing an edit (a section of a deleted song) is not what is tested here.
          }
        }
        const next = (pass % 3 === 0 ? projectDocument('library', userId, doc) : incremental.project()).rows;
        const expected = diffRows(previous, next);
        expect(diffFingerprints(fingerprintRows(previous), next)).toEqual(expected);
        if (expected.songs.upserts.length + expected.sections.deletes.length + expected.chords.upserts.length > 0) nonEmpty++;
        previous = next;
      }
      // The edits did change rows (the comparison was not only of empty diffs).
      expect(nonEmpty).toBeGreaterThan(40);
      incremental.destroy();
    });
  });

  it('SYNC10: an unchanged projection gives an empty diff; a changed field, a removed row and changed preferences are each found', () => {
    const doc = new Y.Doc();
    const state = editorState('b', []);
    const random = prng(11);
    for (let step = 0; step < 20; step++) randomLibraryEdit(doc, random, state, step);
    const rows = projectDocument('library', userId, doc).rows;
    const print = fingerprintRows(rows);
    expect(diffFingerprints(print, projectDocument('library', userId, doc).rows)).toEqual(diffRows(rows, rows));

    const [first, ...rest] = rows.songs;
    if (!first) throw new Error('no song');
    expect(rest.length).toBeGreaterThan(0);
    const changed: ProjectedRows = {
      ...rows,
      songs: [{ ...first, title: `${first.title}!` }, ...rest.slice(1)],
      preferences: { ...rows.preferences, updated_at: '2026-11-27T00:00:00.000Z' },
    };
    const diff = diffFingerprints(print, changed);
    expect(diff.songs.upserts).toEqual([changed.songs[0]]);
    expect(diff.songs.deletes).toEqual(rest.slice(0, 1).map((row) => row.id));
    expect(diff.preferences).toEqual(changed.preferences);
    expect(diff.sections).toEqual({ upserts: [], deletes: [] });
  });
});
