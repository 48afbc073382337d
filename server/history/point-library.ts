import * as Y from 'yjs';
import { readLibrary, type Library } from '../../shared/library/index.ts';
import { applyStoredParts } from '../sync/stored-parts.ts';

/** The library as a stored snapshot holds it (read in a scratch document that nobody syncs). */
export function libraryAtPoint(state: Uint8Array): Library {
  const doc = new Y.Doc();
  try {
    applyStoredParts(doc, [state], null);
    return readLibrary(doc);
  } finally {
    doc.destroy();
  }
}
