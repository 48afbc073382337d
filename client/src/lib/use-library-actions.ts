import { useMemo } from 'react';
import { createSong, type SongCreateInput } from './library-api.ts';
import { useLibraryDoc } from './library-doc-context.tsx';

/** Write operations on the library, bound to this tab's document. They throw `LibraryError`. */
export type LibraryActions = {
  createSong(input: SongCreateInput): string;
};

/** The library's write accessors, bound to the document in context. */
export function useLibraryActions(): LibraryActions {
  const { doc } = useLibraryDoc();
  return useMemo(() => ({ createSong: (input) => createSong(doc, input) }), [doc]);
}
