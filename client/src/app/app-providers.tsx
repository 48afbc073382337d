import type { ReactNode } from 'react';
import { LibraryDocProvider } from '../lib/library-doc-context.tsx';
import type { LibraryDocHandle } from '../lib/library-doc.ts';

/** Context providers every page relies on. */
export function AppProviders(props: { libraryDoc: LibraryDocHandle; children: ReactNode }) {
  return <LibraryDocProvider handle={props.libraryDoc}>{props.children}</LibraryDocProvider>;
}
