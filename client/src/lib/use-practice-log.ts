import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { createDocSnapshot, type DocSnapshot } from './doc-snapshot.ts';
import { readPracticeLog, type PracticeLog } from './library-api.ts';
import { useDocOwner } from './library-doc-context.tsx';
import type { LocalDocHandle } from './local-doc.ts';
import { practiceDocFor } from './practice-doc.ts';
import type { StorageStatus } from './storage-status.ts';

const logSnapshots = new WeakMap<Y.Doc, DocSnapshot<PracticeLog>>();

function logSnapshotOf(doc: Y.Doc): DocSnapshot<PracticeLog> {
  let snapshot = logSnapshots.get(doc);
  if (snapshot === undefined) {
    snapshot = createDocSnapshot(doc, readPracticeLog);
    logSnapshots.set(doc, snapshot);
  }
  return snapshot;
}

/** The practice document of whoever the tab shows (opened on first call). */
export function usePracticeDoc(): LocalDocHandle {
  return practiceDocFor(useDocOwner());
}

/** The practice log, re-read once per update of the practice document. */
export function usePracticeLog(): PracticeLog {
  const snapshot = logSnapshotOf(usePracticeDoc().doc);
  return useSyncExternalStore(snapshot.subscribe, snapshot.getSnapshot);
}

/** Whether the practice log has loaded from the device yet. */
export function usePracticeStorageStatus(): StorageStatus {
  const { storage } = usePracticeDoc();
  return useSyncExternalStore(storage.subscribe, storage.get);
}
