import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { createDocSnapshot, type DocSnapshot } from './doc-snapshot.ts';
import { readLibrary, type LibraryView } from './library-api.ts';
import { useLibraryDoc } from './library-doc-context.tsx';

const librarySnapshots = new WeakMap<Y.Doc, DocSnapshot<LibraryView>>();

function librarySnapshotOf(doc: Y.Doc): DocSnapshot<LibraryView> {
  let snapshot = librarySnapshots.get(doc);
  if (snapshot === undefined) {
    snapshot = createDocSnapshot(doc, readLibrary);
    librarySnapshots.set(doc, snapshot);
  }
  return snapshot;
}

/** The parsed library, re-read once per document update and shared by every component. */
export function useLibrary(): LibraryView {
  const snapshot = librarySnapshotOf(useLibraryDoc().doc);
  return useSyncExternalStore(snapshot.subscribe, snapshot.getSnapshot);
}
