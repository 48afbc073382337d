import type { Library, SongWithSections } from '../../shared/library/index.ts';
import { CHORD_FIELDS, SECTION_FIELDS, SONG_FIELDS, TEMPO_FIELDS, pickFields } from './entity-fields.ts';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What a restore brings back, as comparable plain data: fields, deleted or not, tempo map,
 * section order, chords. Times, order keys and practice counters are left out (not rewound).
 */
export function songContent(song: SongWithSections) {
  const section = (s: SongWithSections['sections'][number]) => ({
    id: s.id,
    ...pickFields(s, SECTION_FIELDS),
    chords: s.chords.map((chord) => ({ id: chord.id, ...pickFields(chord, CHORD_FIELDS) })),
  });
  return {
    id: song.id,
    ...pickFields(song, SONG_FIELDS),
    deleted: song.deletedAt !== undefined,
    tempoMap: song.tempoMap.map((event) => ({ id: event.id, ...pickFields(event, TEMPO_FIELDS) })),
    sections: song.sections.map(section),
    deletedSections: [...song.deletedSections].sort(byId).map(section),
  };
}

/** Every song's content by id, and the settings. */
export function libraryContent(library: Library) {
  return {
    songs: [...library.songs, ...library.deletedSongs].sort(byId).map(songContent),
    preferences: library.preferences,
    metronome: library.metronome,
  };
}
