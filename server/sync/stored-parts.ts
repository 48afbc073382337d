import * as Y from 'yjs';

export type ApplyReport = { applied: number; failed: number[] };

/**
 * Applies stored parts (snapshot, then log) to `doc` in one Yjs transaction. A part that throws is
 * skipped and reported by index, so one unreadable row cannot make a whole document unloadable;
 * Yjs decodes a part completely before integrating it, so a failed part leaves nothing behind.
 */
export function applyStoredParts(doc: Y.Doc, parts: readonly Uint8Array[], origin: unknown): ApplyReport {
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
