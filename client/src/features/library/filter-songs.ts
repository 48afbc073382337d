import type { SongView } from '../../lib/library-api.ts';

/** Songs whose title or artist contains the query, ignoring case and accents. */
export function filterSongs(songs: readonly SongView[], query: string): readonly SongView[] {
  const needle = fold(query.trim());
  if (needle === '') return songs;
  return songs.filter((song) => fold(song.title).includes(needle) || fold(song.artist ?? '').includes(needle));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
