/** The fields song search looks at. */
export type SearchableSong = { readonly title: string; readonly artist?: string | undefined };

/** Songs whose title or artist contains the query, ignoring case and accents. */
export function filterSongs<T extends SearchableSong>(songs: readonly T[], query: string): readonly T[] {
  const needle = fold(query.trim());
  if (needle === '') return songs;
  return songs.filter((song) => fold(song.title).includes(needle) || fold(song.artist ?? '').includes(needle));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
