// Reads back what the server wrote: acknowledged edits found in the update log, and the bytes the
// counting triggers (bench-database.ts) recorded for one compaction cycle.
import { z } from 'zod';
import * as Y from 'yjs';
import type { Queryable } from '../../server/db/database.ts';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import type { Database } from '../../server/db/database.ts';

const bytes = z.instanceof(Uint8Array);

/**
 * Whether an acknowledged update is stored: its exact bytes in `yjs_updates`, or (folded by a
 * compaction since) covered by the state vector of the newest compacted snapshot.
 */
export async function isStored(db: Queryable, docName: string, update: Uint8Array): Promise<boolean> {
  const inLog = await db.query('SELECT 1 FROM yjs_updates WHERE doc_name = $1 AND update = $2 LIMIT 1', [docName, update]);
  if (inLog.rowCount > 0) return true;
  const snap = await db.query(`SELECT state_vector FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'compacted' ORDER BY seq DESC LIMIT 1`, [docName]);
  const row = snap.rows[0];
  if (!row) return false;
  const stored = Y.decodeStateVector(bytes.parse(row.state_vector));
  const needed = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
  return [...needed].every(([client, clock]) => (stored.get(client) ?? 0) >= clock);
}

/** The document as stored (newest compacted snapshot plus the later log), read as the server loads it. */
export async function storedDocument(db: Database, docName: string): Promise<Y.Doc> {
  const stored = await createPgDocumentStore(db).load(docName);
  const doc = new Y.Doc();
  for (const part of stored?.parts ?? []) Y.applyUpdate(doc, part);
  return doc;
}

const writeRow = z.object({
  tbl: z.enum(['yjs_updates', 'yjs_snapshots']),
  kind: z.string().nullable(),
  seq: z.number().int(),
  payload_bytes: z.number().int(),
  row_bytes: z.number().int(),
});

export type CompactionCycle = {
  /** Updates logged between two compactions (each one client edit). */
  edits: number;
  logPayloadBytes: number;
  logRowBytes: number;
  /** What the closing compaction wrote (its compacted snapshot; a daily one too if the day changed). */
  snapshotPayloadBytes: number;
  snapshotRowBytes: number;
  /** The compacted snapshot's state alone: the size of a full snapshot. */
  fullSnapshotBytes: number;
  dailySnapshotsInCycle: number;
};

export type WrittenBytes = {
  /** The first complete cycle after `afterSeq` (the seed's compaction), or null if none completed. */
  cycle: CompactionCycle | null;
  /** Every write, for the record. */
  totals: { updates: number; updateBytes: number; snapshots: number; snapshotBytes: number; dailySnapshotBytes: number };
};

export async function readWrittenBytes(db: Queryable): Promise<WrittenBytes> {
  const { rows } = await db.query('SELECT tbl, kind, seq, payload_bytes, row_bytes FROM bench_writes ORDER BY seq');
  const writes = rows.map((row) => writeRow.parse(row));
  const updates = writes.filter((w) => w.tbl === 'yjs_updates');
  const snapshots = writes.filter((w) => w.tbl === 'yjs_snapshots');
  const compactedSeqs = [...new Set(snapshots.filter((s) => s.kind === 'compacted').map((s) => s.seq))].sort((x, y) => x - y);
  const totals = {
    updates: updates.length,
    updateBytes: updates.reduce((sum, w) => sum + w.payload_bytes, 0),
    snapshots: snapshots.length,
    snapshotBytes: snapshots.reduce((sum, w) => sum + w.payload_bytes, 0),
    dailySnapshotBytes: snapshots.filter((s) => s.kind === 'daily').reduce((sum, w) => sum + w.payload_bytes, 0),
  };
  // The seed (the whole library, one update) is folded by the first compaction; a cycle is the
  // edits after one compaction up to and including the next one.
  const [from, to] = compactedSeqs;
  if (from === undefined || to === undefined) return { cycle: null, totals };
  const logged = updates.filter((w) => w.seq > from && w.seq <= to);
  const closing = snapshots.filter((s) => s.seq === to);
  const compacted = closing.find((s) => s.kind === 'compacted');
  const cycle: CompactionCycle = {
    edits: logged.length,
    logPayloadBytes: logged.reduce((sum, w) => sum + w.payload_bytes, 0),
    logRowBytes: logged.reduce((sum, w) => sum + w.row_bytes, 0),
    snapshotPayloadBytes: closing.reduce((sum, w) => sum + w.payload_bytes, 0),
    snapshotRowBytes: closing.reduce((sum, w) => sum + w.row_bytes, 0),
    fullSnapshotBytes: compacted?.payload_bytes ?? 0,
    dailySnapshotsInCycle: closing.filter((s) => s.kind === 'daily').length,
  };
  return { cycle, totals };
}
