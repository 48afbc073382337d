/**
 * The client's one door to the library document module (shared/library).
 * Components and hooks import from here only, so a rename in shared/ is a one-file change.
 */
import type * as Y from 'yjs';

// TODO(shared/library): shared/library/index.ts is not there yet. Until it lands this file
// carries a stand-in with the planned API (readLibrary, createSong); replace the stand-in
// with re-exports from '../../../shared/library/index.ts' and delete everything below.

/** A section as the client shows it. */
export type SectionView = {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly bars: number;
  readonly confidence: number;
};

/** A song as the client shows it. */
export type SongView = {
  readonly id: string;
  readonly title: string;
  readonly artist?: string | undefined;
  readonly sections: readonly SectionView[];
};

/** What `readLibrary` returns: valid songs, plus how many entities were skipped as malformed. */
export type LibraryView = {
  readonly schemaVersion: number;
  readonly songs: readonly SongView[];
  readonly issues: readonly unknown[];
};

export type NewSongInput = { title: string; artist?: string | undefined };

const STAND_IN_ROOT = 'songs';

/** Reads the whole library out of the document. */
export function readLibrary(doc: Y.Doc): LibraryView {
  const songs: SongView[] = [];
  const issues: unknown[] = [];
  doc.getMap<unknown>(STAND_IN_ROOT).forEach((value, id) => {
    if (typeof value === 'object' && value !== null && 'title' in value && typeof value.title === 'string') {
      const artist = 'artist' in value && typeof value.artist === 'string' ? value.artist : undefined;
      songs.push({ id, title: value.title, artist, sections: [] });
    } else {
      issues.push({ id });
    }
  });
  songs.sort((a, b) => a.title.localeCompare(b.title));
  return { schemaVersion: 1, songs, issues };
}

/** Adds a song and returns its id. */
export function createSong(doc: Y.Doc, input: NewSongInput): string {
  const id = crypto.randomUUID();
  doc.transact(() => {
    doc.getMap<unknown>(STAND_IN_ROOT).set(id, { title: input.title, artist: input.artist });
  });
  return id;
}
