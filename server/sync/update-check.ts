import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The update decoded, or null when the bytes are not a Yjs (v1) update (SYNC5). */
export function decodeUpdateOrNull(update: Uint8Array): DecodedUpdate | null {
  try {
    return Y.decodeUpdate(update);
  } catch {
    return null;
  }
}

/**
 * True when `doc` already holds everything in the update, so storing it again would only grow the
 * log (SYNC4): every struct lies below the document's state vector and every deletion is already
 * applied. The cheap state-vector test decides most cases; the full snapshot is computed only for
 * an update that carries deletions but no new structs (a resent sync step 2, a pure delete).
 */
export function isAlreadyApplied(doc: Y.Doc, decoded: DecodedUpdate, update: Uint8Array): boolean {
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  if (decoded.ds.clients.size === 0) return true;
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
