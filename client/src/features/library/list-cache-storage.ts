import { removeLibraryFirstPaint } from './first-paint.ts';
import { decodeListCache, encodeListCache, listCacheKey, type ListCache } from './list-cache-codec.ts';
import type { SongCardModel } from './song-card-model.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/** Performance measure of reading and checking the list cache (bench:client). */
export const LIST_CACHE_READ_MEASURE = 'library list cache read';

/** The part of localStorage the list cache uses; tests pass a Map-backed one. */
export type ListCacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** LF13: the list cache of the document stored under `storageName`, or null (none, or not valid). */
export function readListCache(storageName: string, storage: ListCacheStorage | null = browserStorage()): ListCache | null {
  const start = performance.now();
  try {
    return decodeListCache(storageName, storage?.getItem(listCacheKey(storageName)) ?? null);
  } catch {
    return null;
  } finally {
    // bench:client reports it: the cold start pays for it before the first card.
    performance.measure(LIST_CACHE_READ_MEASURE, { start, end: performance.now() });
  }
}

/** Saves the list cache; when it cannot be saved (quota), the old one is removed rather than left stale. */
export function writeListCache(
  storageName: string,
  models: readonly SongCardModel[],
  storage: ListCacheStorage | null = browserStorage(),
  now = Date.now(),
): void {
  const key = listCacheKey(storageName);
  try {
    storage?.setItem(key, encodeListCache(storageName, models, now));
  } catch {
    removeListCache(storageName, storage);
  }
}

/**
 * Removes the list cache of the document stored under `storageName` (with the document, LF13), and
 * the first paint drawn from it (LF14).
 */
export function removeListCache(storageName: string, storage: Pick<Storage, 'removeItem'> | null = browserStorage()): void {
  removeLibraryFirstPaint(storage);
  try {
    storage?.removeItem(listCacheKey(storageName));
  } catch {
    // No storage: nothing was kept.
  }
}
