import { useMemo, useSyncExternalStore } from 'react';
import { useLibraryDoc } from './library-doc-context.tsx';
import { libraryUndoFor } from './library-undo.ts';

/** Undo state of this tab's own edits, and the commands that walk it (UNDO1, UNDO2). */
export type LibraryUndo = {
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step undo would revert, e.g. "Edit title". */
  undoLabel: string | null;
  redoLabel: string | null;
  /** Returns the label of the step reverted, or null when there was none. Throws on a read-only document. */
  undo(): string | null;
  redo(): string | null;
};

/** Re-renders when this tab's undo or redo stack changes. */
export function useLibraryUndo(): LibraryUndo {
  const manager = libraryUndoFor(useLibraryDoc().doc);
  const subscribe = manager.subscribe;
  const canUndo = useSyncExternalStore(subscribe, manager.canUndo);
  const canRedo = useSyncExternalStore(subscribe, manager.canRedo);
  const undoLabel = useSyncExternalStore(subscribe, manager.undoLabel);
  const redoLabel = useSyncExternalStore(subscribe, manager.redoLabel);
  return useMemo(
    () => ({ canUndo, canRedo, undoLabel, redoLabel, undo: manager.undo, redo: manager.redo }),
    [canUndo, canRedo, undoLabel, redoLabel, manager],
  );
}
