import { z } from 'zod';
import { HISTORY_DAYS, type HistoryPoint } from '../../shared/rest/history-api.ts';
import type { Queryable } from '../db/database.ts';

const DAY_MS = 86_400_000;
const PointRow = z.object({ id: z.number().int(), kind: z.enum(['daily', 'compacted']), created_at: z.date(), bytes: z.number().int() });
const StateRow = PointRow.extend({ state: z.instanceof(Uint8Array) });

function point(row: z.infer<typeof PointRow>): HistoryPoint {
  return { id: String(row.id), kind: row.kind, at: row.created_at.toISOString(), bytes: row.bytes };
}

/** Daily snapshots count as history for 30 days; the current compacted state always does. */
function windowStart(now: number): Date {
  return new Date(now - HISTORY_DAYS * DAY_MS);
}

// Only the document's own snapshots: the doc_name condition is the authorization (library:<session user>).
const VISIBLE = `doc_name = $1 AND (kind = 'compacted' OR (kind = 'daily' AND created_at >= $2))`;

/** The earlier states of a document, newest first. */
export async function listHistoryPoints(db: Queryable, docName: string, now: number): Promise<HistoryPoint[]> {
  const { rows } = await db.query(
    `SELECT id, kind, created_at, octet_length(state) AS bytes FROM yjs_snapshots WHERE ${VISIBLE} ORDER BY created_at DESC, id DESC`,
    [docName, windowStart(now)],
  );
  return rows.map((row) => point(PointRow.parse(row)));
}

/** One listed point with its Yjs state, or null (not this document's, pruned, or outside the window). */
export async function readHistoryPoint(db: Queryable, docName: string, pointId: number, now: number): Promise<{ point: HistoryPoint; state: Uint8Array } | null> {
  const { rows } = await db.query(
    `SELECT id, kind, created_at, octet_length(state) AS bytes, state FROM yjs_snapshots WHERE ${VISIBLE} AND id = $3`,
    [docName, windowStart(now), pointId],
  );
  if (!rows[0]) return null;
  const row = StateRow.parse(rows[0]);
  return { point: point(row), state: row.state };
}
