import { useEffect } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { startListCacheWriter } from './list-cache-writer.ts';

/** Keeps the shown library's list cache up to date while it is the tab's library (LF13); renders nothing. */
export function ListCacheKeeper() {
  const handle = useLibraryDoc();
  useEffect(() => startListCacheWriter(handle), [handle]);
  return null;
}
