import { z } from 'zod';
import { MetronomeSettingsSchema, PreferencesSchema, SongWithSectionsSchema } from '../../shared/library/index.ts';
import { ApiId } from '../../shared/rest/api-common.ts';
import { RESTORE_KINDS, type ApiRestore } from '../../shared/rest/history-api.ts';
import type { Queryable } from '../db/database.ts';
import type { RestoreTarget } from '../document-diff/plan-restore.ts';

/** `history_restores.before`, parsed when an undo reads it back. */
export const RestoreTargetSchema = z.object({
  songs: z.array(SongWithSectionsSchema),
  absentSongIds: z.array(ApiId),
  settings: z.object({ preferences: PreferencesSchema, metronome: MetronomeSettingsSchema }).optional(),
});

const RestoreRow = z.object({
  id: z.string(),
  kind: z.enum(RESTORE_KINDS),
  point_id: z.number().int().nullable(),
  point_at: z.date().nullable(),
  song_id: z.string().nullable(),
  undoes: z.string().nullable(),
  changes: z.number().int(),
  created_at: z.date(),
  undone_at: z.date().nullable(),
});
type RestoreRow = z.infer<typeof RestoreRow>;
const COLUMNS = 'id, kind, point_id, point_at, song_id, undoes, changes, created_at, undone_at';

export function apiRestore(row: RestoreRow): ApiRestore {
  return {
    id: row.id,
    kind: row.kind,
    pointId: row.point_id === null ? null : String(row.point_id),
    pointAt: row.point_at?.toISOString() ?? null,
    songId: row.song_id,
    undoes: row.undoes,
    changes: row.changes,
    createdAt: row.created_at.toISOString(),
    undoneAt: row.undone_at?.toISOString() ?? null,
  };
}

export type NewRestore = {
  userId: string;
  kind: ApiRestore['kind'];
  pointId: number | null;
  pointAt: Date | null;
  songId: string | null;
  undoes: string | null;
  before: RestoreTarget;
  changes: number;
  now: number;
};

/** Records a restore and the state it replaced (its undo target). */
export async function insertRestore(db: Queryable, restore: NewRestore): Promise<ApiRestore> {
  const { rows } = await db.query(
    `INSERT INTO history_restores (user_id, kind, point_id, point_at, song_id, undoes, before, changes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [restore.userId, restore.kind, restore.pointId, restore.pointAt, restore.songId, restore.undoes, JSON.stringify(restore.before), restore.changes, new Date(restore.now)],
  );
  return apiRestore(RestoreRow.parse(rows[0]));
}

/** The user's restores, newest first. */
export async function listRestores(db: Queryable, userId: string, limit = 100): Promise<ApiRestore[]> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM history_restores WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [userId, limit]);
  return rows.map((row) => apiRestore(RestoreRow.parse(row)));
}

export type ClaimedUndo = { found: false } | { found: true; alreadyUndone: true } | { found: true; alreadyUndone: false; before: unknown; restore: ApiRestore };

/**
 * Marks one of the user's restores undone, unless it already is; two undos racing cannot both
 * claim it. Returns the state to restore (unparsed: the caller parses it).
 */
export async function claimUndo(db: Queryable, userId: string, id: string, now: number): Promise<ClaimedUndo> {
  const { rows } = await db.query(
    `UPDATE history_restores SET undone_at = $3 WHERE user_id = $1 AND id = $2 AND undone_at IS NULL RETURNING ${COLUMNS}, before`,
    [userId, id, new Date(now)],
  );
  if (rows[0]) return { found: true, alreadyUndone: false, before: rows[0].before, restore: apiRestore(RestoreRow.parse(rows[0])) };
  const existing = await db.query('SELECT 1 FROM history_restores WHERE user_id = $1 AND id = $2', [userId, id]);
  return existing.rows.length > 0 ? { found: true, alreadyUndone: true } : { found: false };
}

/** Gives a claim back when the undo could not be applied. */
export async function releaseUndo(db: Queryable, userId: string, id: string): Promise<void> {
  await db.query('UPDATE history_restores SET undone_at = NULL WHERE user_id = $1 AND id = $2', [userId, id]);
}
