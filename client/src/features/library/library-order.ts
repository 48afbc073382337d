/** The fields the library's order looks at. */
export type OrderableSong = { readonly id: string; readonly createdAt: number; readonly lastPracticedAt?: number | undefined };

/**
 * The library's display order: most recently practised first, then songs never practised,
 * newest first (so a song just added is at the top). Ties fall back to id for a stable order.
 */
export function orderLibrarySongs<T extends OrderableSong>(songs: readonly T[]): T[] {
  return [...songs].sort(
    (a, b) =>
      (b.lastPracticedAt ?? -1) - (a.lastPracticedAt ?? -1) ||
      b.createdAt - a.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
