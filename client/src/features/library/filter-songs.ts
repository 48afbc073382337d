/** The fields song search and the tag filter look at. */
export type SearchableSong = { readonly title: string; readonly artist?: string | undefined; readonly tags?: readonly string[] };

/** Songs whose title or artist contains the query, ignoring case and accents. */
export function filterSongs<T extends SearchableSong>(songs: readonly T[], query: string): readonly T[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') return songs;
  return songs.filter((song) => foldForSearch(song.title).includes(needle) || foldForSearch(song.artist ?? '').includes(needle));
}

/** Songs carrying `tag` (exact), or every song when no tag is chosen. */
export function filterByTag<T extends SearchableSong>(songs: readonly T[], tag: string | null): readonly T[] {
  if (tag === null) return songs;
  return songs.filter((song) => song.tags?.includes(tag) === true);
}

/** Lower case without accents, for matching "aguas" against "Águas". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
