import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { createDocSnapshot, type DocSnapshot } from './doc-snapshot.ts';
import { createLibraryReader, type Library } from './library-api.ts';
import { useLibraryDoc } from './library-doc-context.tsx';

const librarySnapshots = new WeakMap<Y.Doc, DocSnapshot<Library>>();

/** The tab's one parsed view of `doc`'s library, shared by the hooks below and the list cache writer. */
export function librarySnapshotOf(doc: Y.Doc): DocSnapshot<Library> {
  let snapshot = librarySnapshots.get(doc);
  if (snapshot === undefined) {
    // Incremental: an edit re-reads what it changed, not the whole library (bench:client, edit → UI).
    // Created before the snapshot, so its transaction handler runs before the snapshot's listeners.
    const reader = createLibraryReader(doc);
    snapshot = createDocSnapshot(doc, () => reader.read());
    librarySnapshots.set(doc, snapshot);
  }
  return snapshot;
}

/** The parsed library, brought up to date once per document update and shared by every component. */
export function useLibrary(): Library {
  const snapshot = librarySnapshotOf(useLibraryDoc().doc);
  return useSyncExternalStore(snapshot.subscribe, snapshot.getSnapshot);
}

/**
 * One value out of the library; the component re-renders only when that value changes, so
 * `select` must return a primitive or an object taken from the library as it is.
 */
export function useLibrarySelector<T>(select: (library: Library) => T): T {
  const snapshot = librarySnapshotOf(useLibraryDoc().doc);
  const getSelected = useCallback(() => select(snapshot.getSnapshot()), [select, snapshot]);
  return useSyncExternalStore(snapshot.subscribe, getSelected);
}
