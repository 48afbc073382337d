import { useEffect } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { useUiStore } from '../../stores/ui-store.ts';
import { keepLibraryFirstPaint } from './first-paint.ts';
import { DEFAULT_LIBRARY_SORT, useLibraryView } from './library-view-store.ts';
import { browserPageHidden, startListCacheWriter } from './list-cache-writer.ts';

/** Whether the library list shows what a reload shows first: no search, no tag, the default sort. */
function libraryDefaultView(): boolean {
  const view = useLibraryView.getState();
  return view.sort === DEFAULT_LIBRARY_SORT && view.tag === null && useUiStore.getState().librarySearch.trim() === '';
}

/**
 * Keeps the shown library's list cache up to date while it is the tab's library (LF13), and the
 * first paint with it (LF14): taken again after each save of the cache (removed when the library
 * page is not showing), and when the page is hidden while it shows the library. Renders nothing.
 */
export function ListCacheKeeper() {
  const handle = useLibraryDoc();
  useEffect(
    () => startListCacheWriter(handle, { afterSave: () => keepLibraryFirstPaint(libraryDefaultView(), { whenNotShown: 'remove' }) }),
    [handle],
  );
  // Like the cache, only from a library kept on this device: never one held in memory only, nor
  // one whose data was just cleared or removed (its tab still shows it while it reloads).
  useEffect(
    () =>
      browserPageHidden(() => {
        if (handle.isDetached() || handle.storage.get().state !== 'ready') return;
        keepLibraryFirstPaint(libraryDefaultView(), { whenNotShown: 'keep' });
      }),
    [handle],
  );
  return null;
}
