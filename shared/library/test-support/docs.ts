import * as Y from 'yjs';

export const T0 = Date.UTC(2026, 0, 1);

/** A fresh document with a fixed clientID, so conflict winners are reproducible. */
export function newDoc(clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  return doc;
}

/** Two replicas exchange everything they are missing (both directions). */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** A replica of `doc` (its full state in a new document). */
export function replicaOf(doc: Y.Doc, clientID?: number): Y.Doc {
  const copy = newDoc(clientID);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Number of Yjs updates `run` produces on `doc`. */
export function countUpdates(doc: Y.Doc, run: () => void): number {
  let updates = 0;
  const count = () => updates++;
  doc.on('update', count);
  try {
    run();
  } finally {
    doc.off('update', count);
  }
  return updates;
}
