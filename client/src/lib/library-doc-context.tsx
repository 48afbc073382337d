import { createContext, useContext, type ReactNode } from 'react';
import type { LibraryDocHandle } from './library-doc.ts';

const LibraryDocContext = createContext<LibraryDocHandle | null>(null);

/** Makes the tab's library document available to every hook below it. */
export function LibraryDocProvider(props: { handle: LibraryDocHandle; children: ReactNode }) {
  return <LibraryDocContext.Provider value={props.handle}>{props.children}</LibraryDocContext.Provider>;
}

/** The library document handle; throws when used outside `LibraryDocProvider` (a wiring bug). */
export function useLibraryDoc(): LibraryDocHandle {
  const handle = useContext(LibraryDocContext);
  if (handle === null) throw new Error('useLibraryDoc must be used inside <LibraryDocProvider>');
  return handle;
}
