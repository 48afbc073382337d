import { createContext, useContext, type ReactNode } from 'react';
import type { DocOwner } from './doc-owner.ts';
import type { LibraryDocHandle } from './library-doc.ts';

type LibraryDocContextValue = { readonly handle: LibraryDocHandle; readonly owner: DocOwner };

const LibraryDocContext = createContext<LibraryDocContextValue | null>(null);

/** Makes the tab's library document, and whose it is, available to every hook below it. */
export function LibraryDocProvider(props: { handle: LibraryDocHandle; owner?: DocOwner; children: ReactNode }) {
  const value: LibraryDocContextValue = { handle: props.handle, owner: props.owner ?? 'guest' };
  return <LibraryDocContext.Provider value={value}>{props.children}</LibraryDocContext.Provider>;
}

function useLibraryDocContext(): LibraryDocContextValue {
  const value = useContext(LibraryDocContext);
  if (value === null) throw new Error('useLibraryDoc must be used inside <LibraryDocProvider>');
  return value;
}

/** The library document handle; throws when used outside `LibraryDocProvider` (a wiring bug). */
export function useLibraryDoc(): LibraryDocHandle {
  return useLibraryDocContext().handle;
}

/** Whose documents the tab shows: the guest's or the signed-in account's. */
export function useDocOwner(): DocOwner {
  return useLibraryDocContext().owner;
}
