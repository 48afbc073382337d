import { useMemo } from 'react';
import { bindLibraryActions, type LibraryActions } from './library-actions.ts';
import { useLibraryDoc } from './library-doc-context.tsx';
import { libraryUndoFor } from './library-undo.ts';

export type { LibraryActions } from './library-actions.ts';

/** The library's write accessors, bound to the document in context and this tab's undo origin. */
export function useLibraryActions(): LibraryActions {
  const { doc } = useLibraryDoc();
  return useMemo(() => bindLibraryActions(doc, libraryUndoFor(doc)), [doc]);
}
