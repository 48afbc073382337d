import { z } from 'zod';
import { ApiId, IsoTimestamp } from './api-common.ts';
import { ApiSong } from './song-api.ts';

/**
 * An earlier state of the library: a daily snapshot (one per day the library changed, kept 30 days)
 * or the latest compacted state.
 */
export const HistoryPoint = z.object({
  id: z.string(),
  kind: z.enum(['daily', 'compacted']),
  at: IsoTimestamp,
  bytes: z.int(),
});
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const HistoryPointListResponse = z.object({ points: z.array(HistoryPoint) });
export type HistoryPointListResponse = z.infer<typeof HistoryPointListResponse>;

/** `:pointId` in a path: the id of a listed point. */
export const HistoryPointId = z.string().regex(/^[1-9][0-9]{0,14}$/);

/** `GET /api/history/points/:pointId/songs`: every song the library held then (deleted ones too). */
export const HistoryPointSongsResponse = z.object({ point: HistoryPoint, songs: z.array(ApiSong) });
export type HistoryPointSongsResponse = z.infer<typeof HistoryPointSongsResponse>;

export const RESTORE_KINDS = ['library', 'song', 'undo'] as const;

/** One restore: applied as a new change (every device sees it) and undoable. */
export const ApiRestore = z.object({
  id: ApiId,
  kind: z.enum(RESTORE_KINDS),
  pointId: z.string().nullable(),
  pointAt: IsoTimestamp.nullable(),
  songId: ApiId.nullable(),
  /** For an undo: the restore it reverted. */
  undoes: ApiId.nullable(),
  /** How many accessor calls the restore made (0: the library already was in that state). */
  changes: z.int(),
  createdAt: IsoTimestamp,
  undoneAt: IsoTimestamp.nullable(),
});
export type ApiRestore = z.infer<typeof ApiRestore>;

export const RestoreResponse = z.object({ restore: ApiRestore });
export type RestoreResponse = z.infer<typeof RestoreResponse>;

export const RestoreListResponse = z.object({ restores: z.array(ApiRestore) });
export type RestoreListResponse = z.infer<typeof RestoreListResponse>;

/** `GET /api/history/deleted-songs`: songs deleted in the last 30 days, most recent first. */
export const DeletedSongListResponse = z.object({ songs: z.array(ApiSong) });
export type DeletedSongListResponse = z.infer<typeof DeletedSongListResponse>;

/** How long deleted songs stay listed (and daily snapshots are kept). */
export const HISTORY_DAYS = 30;
