import { z } from 'zod';
import type { Database, Queryable } from '../db/database.ts';
import {
  DAILY_SNAPSHOT_RETENTION_DAYS,
  type CompactionResult,
  type DailySnapshot,
  type DocumentStore,
  type LogCounters,
  type StoredDocument,
} from './document-store.ts';
import { foldParts } from './stored-parts.ts';
import { createTurnBatcher } from './turn-batcher.ts';

export type PgDocumentStoreOptions = {
  /** Wall clock for snapshot times (tests move it across days). */
  now?: () => number;
  /** Append transactions in flight at once (each holds one pooled connection). */
  maxInFlight?: number;
};

type AppendItem = { name: string; userId: string; update: Uint8Array };

const DAY_MS = 86_400_000;
const bytes = z.instanceof(Uint8Array);
const partRow = z.object({ seq: z.number().int(), bytes });
const countersRow = z.object({
  name: z.string(),
  updates_since_snapshot: z.number().int(),
  bytes_since_snapshot: z.number().int(),
  snapshot_bytes: z.number().int(),
});
const dailyRow = z.object({ id: z.number().int(), day: z.string(), seq: z.number().int(), bytes: z.number().int(), created_at: z.date() });

// One statement sees one snapshot of the database, so a compaction committing between reading the
// snapshot and reading the log can never make us skip updates (SYNC8).
const LOAD_SQL = `
  WITH snap AS (
    SELECT seq, state FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'compacted' ORDER BY seq DESC, id DESC LIMIT 1
  )
  SELECT 0 AS part, seq, state AS bytes FROM snap
  UNION ALL
  SELECT 1 AS part, u.seq, u.update AS bytes FROM yjs_updates u
   WHERE u.doc_name = $1 AND u.seq > COALESCE((SELECT seq FROM snap), 0)
  ORDER BY part, seq`;

async function readParts(db: Queryable, name: string): Promise<StoredDocument | null> {
  const { rows } = await db.query(LOAD_SQL, [name]);
  if (rows.length === 0) return null;
  const parsed = rows.map((row) => partRow.parse(row));
  return {
    parts: parsed.map((row) => row.bytes),
    seq: Math.max(...parsed.map((row) => row.seq)),
    bytes: parsed.reduce((sum, row) => sum + row.bytes.length, 0),
  };
}

/**
 * The update log in PostgreSQL (or PGlite): `yjs_updates` rows folded into `yjs_snapshots`.
 * Appends bump the document row first, which takes its row lock before a `seq` is drawn; compaction
 * takes the same lock, so no update can commit with a seq below a snapshot that missed it (SYNC9).
 */
export function createPgDocumentStore(db: Database, options: PgDocumentStoreOptions = {}): DocumentStore & { idle(): Promise<void> } {
  const now = options.now ?? Date.now;

  const appendBatch = async (items: readonly AppendItem[]): Promise<LogCounters[]> => {
    const perDoc = new Map<string, { userId: string; count: number; bytes: number }>();
    for (const item of items) {
      const entry = perDoc.get(item.name) ?? { userId: item.userId, count: 0, bytes: 0 };
      entry.count++;
      entry.bytes += item.update.length;
      perDoc.set(item.name, entry);
    }
    // Sorted, so two batches lock document rows in the same order and cannot deadlock.
    const docs = [...perDoc.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // One statement, so one round trip and its own transaction (BEGIN, two INSERTs and COMMIT were
    // four, each a wake-up of both processes on a busy machine). The main query reads `d` in full
    // first, so every document row is locked and bumped before `u` draws a seq (SYNC9); `u` is
    // run after it, its rows in arrival order.
    const docValues = docs.map((_, i) => `($${i * 4 + 1}::text, $${i * 4 + 2}::uuid, $${i * 4 + 3}::int, $${i * 4 + 4}::bigint)`).join(', ');
    const base = docs.length * 4;
    const updateValues = items.map((_, i) => `($${base + i * 2 + 1}::text, $${base + i * 2 + 2}::bytea, ${i})`).join(', ');
    const { rows } = await db.query(
      `WITH d AS (
         INSERT INTO yjs_documents AS d (name, user_id, updates_since_snapshot, bytes_since_snapshot)
         VALUES ${docValues}
         ON CONFLICT (name) DO UPDATE SET
           updates_since_snapshot = d.updates_since_snapshot + EXCLUDED.updates_since_snapshot,
           bytes_since_snapshot = d.bytes_since_snapshot + EXCLUDED.bytes_since_snapshot,
           updated_at = now()
         RETURNING name, updates_since_snapshot, bytes_since_snapshot, snapshot_bytes
       ), u AS (
         INSERT INTO yjs_updates (doc_name, update)
         SELECT v.doc_name, v.update FROM (VALUES ${updateValues}) AS v (doc_name, update, ord) JOIN d ON d.name = v.doc_name ORDER BY v.ord
       )
       SELECT name, updates_since_snapshot, bytes_since_snapshot, snapshot_bytes FROM d`,
      [...docs.flatMap(([name, d]) => [name, d.userId, d.count, d.bytes]), ...items.flatMap((item) => [item.name, item.update])],
    );
    const counters = new Map(rows.map((row) => countersRow.parse(row)).map((row) => [row.name, row]));
    return items.map((item) => {
      const row = counters.get(item.name);
      if (!row) throw new Error(`append: no counters returned for ${item.name}`);
      return { updatesSinceSnapshot: row.updates_since_snapshot, bytesSinceSnapshot: row.bytes_since_snapshot, snapshotBytes: row.snapshot_bytes };
    });
  };
  const batcher = createTurnBatcher(appendBatch, { maxInFlight: options.maxInFlight ?? 4, maxBatch: 1000 });

  const compact = (name: string, { force = false } = {}): Promise<CompactionResult> =>
    db.transaction(async (tx) => {
      const locked = await tx.query('SELECT updates_since_snapshot FROM yjs_documents WHERE name = $1 FOR UPDATE', [name]);
      const row = locked.rows[0];
      if (!row) return { compacted: false };
      const pending = z.number().int().parse(row.updates_since_snapshot);
      if (pending === 0 && !force) return { compacted: false };
      const stored = await readParts(tx, name);
      const { state, stateVector } = foldParts(stored?.parts ?? []);
      const seq = stored?.seq ?? 0;
      const at = new Date(now());
      const inserted = await tx.query(
        `INSERT INTO yjs_snapshots (doc_name, kind, seq, state, state_vector, created_at) VALUES ($1, 'compacted', $2, $3, $4, $5) RETURNING id`,
        [name, seq, state, stateVector, at],
      );
      const snapshotId = z.number().int().parse(inserted.rows[0]?.id);
      await tx.query(`DELETE FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'compacted' AND id <> $2`, [name, snapshotId]);
      const folded = await tx.query('DELETE FROM yjs_updates WHERE doc_name = $1 AND seq <= $2', [name, seq]);
      const dayStart = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
      const today = await tx.query(`SELECT 1 FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'daily' AND created_at >= $2 LIMIT 1`, [name, dayStart]);
      const dailyWritten = today.rowCount === 0;
      if (dailyWritten) {
        await tx.query(
          `INSERT INTO yjs_snapshots (doc_name, kind, seq, state, state_vector, created_at) VALUES ($1, 'daily', $2, $3, $4, $5)`,
          [name, seq, state, stateVector, at],
        );
      }
      const cutoff = new Date(dayStart.getTime() - (DAILY_SNAPSHOT_RETENTION_DAYS - 1) * DAY_MS);
      const pruned = await tx.query(`DELETE FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'daily' AND created_at < $2`, [name, cutoff]);
      await tx.query(
        `UPDATE yjs_documents SET updates_since_snapshot = 0, bytes_since_snapshot = 0, snapshot_bytes = $2, compacted_at = $3, updated_at = $3 WHERE name = $1`,
        [name, state.length, at],
      );
      return { compacted: true, seq, snapshotBytes: state.length, foldedUpdates: folded.rowCount, dailyWritten, dailyPruned: pruned.rowCount };
    });

  return {
    load: (name) => readParts(db, name),
    append: (name, userId, update) => batcher.add({ name, userId, update }),
    compact,
    async listDailySnapshots(name): Promise<DailySnapshot[]> {
      const { rows } = await db.query(
        `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, seq, octet_length(state) AS bytes, created_at
           FROM yjs_snapshots WHERE doc_name = $1 AND kind = 'daily' ORDER BY created_at DESC, id DESC`,
        [name],
      );
      return rows.map((row) => dailyRow.parse(row)).map((r) => ({ id: r.id, day: r.day, seq: r.seq, bytes: r.bytes, createdAt: r.created_at }));
    },
    async readSnapshot(name, snapshotId) {
      const { rows } = await db.query('SELECT state FROM yjs_snapshots WHERE doc_name = $1 AND id = $2', [name, snapshotId]);
      return rows[0] ? bytes.parse(rows[0].state) : null;
    },
    idle: () => batcher.idle(),
  };
}
