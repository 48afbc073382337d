/** The fields the library's default order looks at. */
export type OrderableSong = { readonly id: string; readonly createdAt: number; readonly lastPracticedAt?: number | undefined };

/**
 * The library's default order: most recently practised first, then songs never practised,
 * newest first (so a song just added is at the top). Ties fall back to id for a stable order.
 */
export function compareLastPractised(a: OrderableSong, b: OrderableSong): number {
  return (
    (b.lastPracticedAt ?? -1) - (a.lastPracticedAt ?? -1) ||
    b.createdAt - a.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A copy of `songs` in the default order. */
export function orderLibrarySongs<T extends OrderableSong>(songs: readonly T[]): T[] {
  return [...songs].sort(compareLastPractised);
}
