import { UndoManager } from 'yjs';
import type { Doc } from 'yjs';
import { libraryRoots } from './roots.ts';
import { assertWritable } from './schema-version.ts';

/** Merge window of a gesture: tracked writes of one step closer together than this form one step. */
export const DEFAULT_UNDO_CAPTURE_MS = 500;

/**
 * Undo and redo of one device's own edits to the library content (song editor SPEC, UNDO1–UNDO6).
 * Keeps the Y.UndoManager inside shared/library, so the client never holds a Y type.
 */
export interface LibraryUndoManager {
  /** The transaction origin this manager tracks; pass it as `WriteOptions.origin`. */
  readonly origin: unknown;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Label of the step the next undo reverts, if any. */
  undoLabel(): string | null;
  redoLabel(): string | null;
  /** Reverts the latest own step; returns its label, or null when there was nothing to revert. */
  undo(): string | null;
  redo(): string | null;
  /**
   * Announces the next tracked write. A write of another gesture (a different key) always starts a
   * new step; one of the same gesture joins the previous step while within the capture window.
   */
  beginStep(gestureKey: string, label: string): void;
  /** Called after any change of the stacks. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface LibraryUndoOptions {
  captureTimeoutMs?: number;
}

const LABEL = 'label';
/** Label of a step whose gesture was not announced. */
export const DEFAULT_STEP_LABEL = 'Edit';

/**
 * A manager over the library's content roots (songs, sections, chords, tempo map), tracking only
 * transactions whose origin is `trackedOrigin`: edits from other tabs, devices or storage load are
 * never undone (UNDO1). Practice counters, settings and the schema mark are out of scope (UNDO5).
 */
export function createLibraryUndoManager(doc: Doc, trackedOrigin: unknown, options: LibraryUndoOptions = {}): LibraryUndoManager {
  if (trackedOrigin === null || trackedOrigin === undefined) throw new TypeError('the tracked origin must be a value of its own');
  const roots = libraryRoots(doc);
  const manager = new UndoManager([roots.songs, roots.songFields, roots.sections, roots.sectionFields, roots.chords, roots.tempoEvents], {
    trackedOrigins: new Set([trackedOrigin]),
    captureTimeout: options.captureTimeoutMs ?? DEFAULT_UNDO_CAPTURE_MS,
  });
  const listeners = new Set<() => void>();
  let lastGestureKey: string | null = null;
  // The label of the step being written, undone or redone: the stack item the write adds gets it.
  let pendingLabel: string | null = null;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  manager.on('stack-item-added', (event) => {
    event.stackItem.meta.set(LABEL, pendingLabel ?? DEFAULT_STEP_LABEL);
    notify();
  });
  manager.on('stack-item-updated', notify);
  manager.on('stack-item-popped', notify);
  manager.on('stack-cleared', notify);

  const topLabel = (stack: typeof manager.undoStack): string | null => {
    const top = stack[stack.length - 1];
    if (top === undefined) return null;
    const label = top.meta.get(LABEL);
    return typeof label === 'string' ? label : DEFAULT_STEP_LABEL;
  };

  const pop = (direction: 'undo' | 'redo'): string | null => {
    const stack = direction === 'undo' ? manager.undoStack : manager.redoStack;
    if (stack.length === 0) return null;
    // Undoing writes into the document too: never on a document this code must not write (DOC9).
    assertWritable(doc);
    const label = topLabel(stack);
    pendingLabel = label;
    // A write after an undo or redo is always a new step, even of the same gesture.
    lastGestureKey = null;
    manager.stopCapturing();
    try {
      const changed = direction === 'undo' ? manager.undo() : manager.redo();
      return changed === null ? null : (label ?? DEFAULT_STEP_LABEL);
    } finally {
      // The next plain write must not inherit this label.
      pendingLabel = null;
    }
  };

  return {
    origin: trackedOrigin,
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    undoLabel: () => topLabel(manager.undoStack),
    redoLabel: () => topLabel(manager.redoStack),
    undo: () => pop('undo'),
    redo: () => pop('redo'),
    beginStep(gestureKey, label) {
      if (gestureKey !== lastGestureKey) manager.stopCapturing();
      lastGestureKey = gestureKey;
      pendingLabel = label;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      listeners.clear();
      manager.destroy();
    },
  };
}
