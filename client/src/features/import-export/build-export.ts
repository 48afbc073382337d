import type { Library, PracticeLog, SongWithSections } from '../../lib/library-api.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format.ts';

/** IMP1: the whole library as readLibrary shows it (live and deleted songs, settings) plus the practice log. */
export function buildLibraryExport(library: Library, practiceLog: PracticeLog | null, exportedAt: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    scope: 'library',
    exportedAt,
    songs: library.songs,
    deletedSongs: library.deletedSongs,
    settings: {
      preferences: library.preferences,
      metronome: library.metronome,
      ...(library.settingsUpdatedAt === undefined ? {} : { updatedAt: library.settingsUpdatedAt }),
    },
    practiceSessions: practiceLog?.sessions ?? [],
  };
}

/** One song with its sections, chords and tempo map. */
export function buildSongExport(song: SongWithSections, exportedAt: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, scope: 'song', exportedAt, songs: [song] };
}

/** Pretty JSON: exports are meant to be readable and diffable. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "metmap-library-2026-03-20.json", "metmap-song-blue-in-green-2026-03-20.json". */
export function exportFileName(file: ExportFile): string {
  const day = new Date(file.exportedAt).toISOString().slice(0, 10);
  if (file.scope === 'library') return `metmap-library-${day}.json`;
  const slug = (file.songs[0]?.title ?? 'song')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `metmap-song-${slug || 'song'}-${day}.json`;
}
