import type * as Y from 'yjs';
import { projectLibrary, type ProjectedRows, type SongWithSections, type UserId } from '../../shared/library/index.ts';
import { createLibraryReader } from '../../shared/library/library-reader.ts';
import type { DocumentProjection } from './projection-plan.ts';

type SongRows = Pick<ProjectedRows, 'songs' | 'sections' | 'chords'>;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `projectDocument` for a library mirror that keeps being edited (SYNC10), at the cost of the
 * change: the incremental reader re-reads only the keys the transactions touched and keeps the
 * objects of songs that did not change, and the rows of an unchanged song object are reused, so the
 * diff compares them by identity. A full read and projection of a 20-song library took ~2 ms of the
 * projection worker per edit, ~300 ms for 1,000 songs (docs/CAPACITY.md). Equal to projectDocument.
 */
export function createIncrementalProjection(doc: Y.Doc, userId: UserId) {
  const reader = createLibraryReader(doc);
  let rowsOfSong = new WeakMap<SongWithSections, SongRows>();

  const rowsOf = (song: SongWithSections, library: Parameters<typeof projectLibrary>[1]): SongRows => {
    let rows = rowsOfSong.get(song);
    if (!rows) {
      // A song's rows depend on the song and its sections only (timings, sort order, chords).
      const projected = projectLibrary(userId, { ...library, songs: [song], deletedSongs: [] });
      rows = { songs: projected.songs, sections: projected.sections, chords: projected.chords };
      rowsOfSong.set(song, rows);
    }
    return rows;
  };

  return {
    project(): DocumentProjection {
      const library = reader.read();
      const settings = projectLibrary(userId, { ...library, songs: [], deletedSongs: [] });
      if (library.compatibility === 'newer') return { rows: settings, issues: library.issues, newer: true };
      const rows: ProjectedRows = { ...settings, songs: [], sections: [], chords: [] };
      for (const song of [...library.songs, ...library.deletedSongs]) {
        const own = rowsOf(song, library);
        rows.songs.push(...own.songs);
        rows.sections.push(...own.sections);
        rows.chords.push(...own.chords);
      }
      rows.songs.sort(byId);
      rows.sections.sort(byId);
      rows.chords.sort(byId);
      return { rows, issues: library.issues, newer: false };
    },
    destroy(): void {
      reader.destroy();
      rowsOfSong = new WeakMap();
    },
  };
}
export type IncrementalProjection = ReturnType<typeof createIncrementalProjection>;
