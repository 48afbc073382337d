import type * as Y from 'yjs';
import { createLibraryUndoManager, type LibraryUndoManager } from './library-api.ts';

/** Origin of every write this tab makes; other tabs' edits reach this tab under other origins. */
class ThisTabEdit {
  readonly source = 'this-tab';
}

const undoByDoc = new WeakMap<Y.Doc, LibraryUndoManager>();

/** This tab's undo manager for `doc`, created on first use and kept for the document's life (UNDO1). */
export function libraryUndoFor(doc: Y.Doc): LibraryUndoManager {
  let undo = undoByDoc.get(doc);
  if (undo === undefined) {
    undo = createLibraryUndoManager(doc, new ThisTabEdit());
    undoByDoc.set(doc, undo);
  }
  return undo;
}
