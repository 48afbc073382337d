import * as Y from 'yjs';

export type ApplyReport = { applied: number; failed: number[] };

/**
 * Applies stored parts (snapshot, then log) to `doc` in one Yjs transaction. They are merged first
 * and applied once: applied one by one, updates that arrive before what they depend on are parked
 * as pending and re-merged at every later part, which is quadratic in the log. If the merged update
 * does not apply, the parts are applied one by one and a part that throws is skipped and reported
 * by index, so one unreadable row cannot make a whole document unloadable (Yjs decodes a part
 * completely before integrating it, so a failed part leaves nothing behind).
 */
export function applyStoredParts(doc: Y.Doc, parts: readonly Uint8Array[], origin: unknown): ApplyReport {
  if (parts.length === 0) return { applied: 0, failed: [] };
  let merged: Uint8Array | undefined;
  try {
    merged = parts.length === 1 ? parts[0] : Y.mergeUpdates([...parts]);
  } catch {
    merged = undefined;
  }
  if (merged !== undefined) {
    try {
      Y.applyUpdate(doc, merged, origin);
      return { applied: parts.length, failed: [] };
    } catch {
      // fall through: find the part that does not apply
    }
  }
  const failed: number[] = [];
  doc.transact(() => {
    parts.forEach((part, i) => {
      try {
        Y.applyUpdate(doc, part, origin);
      } catch {
        failed.push(i);
      }
    });
  }, origin);
  return { applied: parts.length - failed.length, failed };
}

/** The parts folded into one full state (used by compaction); throws if any part cannot be applied. */
export function foldParts(parts: readonly Uint8Array[]): { state: Uint8Array; stateVector: Uint8Array } {
  const doc = new Y.Doc();
  try {
    const report = applyStoredParts(doc, parts, null);
    if (report.failed.length > 0) throw new Error(`cannot fold: ${report.failed.length} stored part(s) do not apply`);
    return { state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
  } finally {
    doc.destroy();
  }
}
