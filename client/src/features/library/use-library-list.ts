import { useMemo, useRef } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { readListCache } from './list-cache-storage.ts';
import { reuseCardModels, type SongCardModel } from './song-card-model.ts';

/**
 * What the library list shows: the live library's card models once the document has loaded; while
 * it is still opening, the list cache's (LF13), or nothing yet (`opening`) when there is no cache.
 */
export type LibraryList =
  | { readonly source: 'opening' }
  | { readonly source: 'cache' | 'live'; readonly models: readonly SongCardModel[] };

/** The library list: cached until the document has loaded, then live (LF13). */
export function useLibraryList(): LibraryList {
  const { storageName } = useLibraryDoc();
  const opening = useStorageStatus().state === 'opening';
  const library = useLibrary();
  // Read once per opening: after the load the live library is the only source.
  const cached = useMemo(() => (opening ? readListCache(storageName) : null), [opening, storageName]);
  // The models last shown, cached or live: the live library reuses every equal one (LIB6).
  const shown = useRef<ReadonlyMap<string, SongCardModel>>(new Map());
  return useMemo((): LibraryList => {
    if (opening && cached !== null && cached.models.length > 0) {
      shown.current = new Map(cached.models.map((model) => [model.id, model]));
      return { source: 'cache', models: cached.models };
    }
    if (opening && library.songs.length === 0) return { source: 'opening' };
    shown.current = reuseCardModels(library.songs, shown.current);
    return { source: 'live', models: [...shown.current.values()] };
  }, [opening, cached, library.songs]);
}
