import { ErrorCode } from '../../shared/errors.ts';
import { libraryDocName, projectLibrary, type Library, type UserId } from '../../shared/library/index.ts';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import {
  HistoryPointId,
  type HistoryPointListResponse,
  type HistoryPointSongsResponse,
  type RestoreListResponse,
  type RestoreResponse,
} from '../../shared/rest/history-api.ts';
import type { SongResponse } from '../../shared/rest/song-api.ts';
import { wholeLibraryTarget } from '../document-diff/plan-restore.ts';
import { HttpError } from '../guards/http-error.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { apiSongDetail } from '../rest/api-mappers.ts';
import { pathParam } from '../rest/request-input.ts';
import type { RestDeps } from '../rest/rest-deps.ts';
import { notFound } from '../rest/rest-errors.ts';
import { restRead, restWrite, type RestCall } from '../rest/rest-route.ts';
import { applyRestore } from './apply-restore.ts';
import { listHistoryPoints, readHistoryPoint } from './history-points.ts';
import { libraryAtPoint } from './point-library.ts';
import { claimUndo, insertRestore, listRestores, releaseUndo, RestoreTargetSchema } from './restore-store.ts';

async function pointOf(deps: RestDeps, call: RestCall) {
  const pointId = Number(pathParam(call.ctx, 'pointId', HistoryPointId, 'history point'));
  const found = await readHistoryPoint(deps.db, libraryDocName(call.userId), pointId, deps.clock());
  if (!found) throw notFound('history point');
  return { pointId, point: found.point, library: libraryAtPoint(found.state) };
}

/** The songs of a past library as API songs, oldest first (as the library lists them). */
function songsAt(userId: UserId, library: Library) {
  const rows = projectLibrary(userId, library);
  const byAge = [...rows.songs].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return byAge.map((song) =>
    apiSongDetail(
      song,
      rows.sections.filter((section) => section.song_id === song.id),
      rows.chords.filter((chord) => chord.song_id === song.id),
    ),
  );
}

/** `GET /api/history/points` → `{ points }`: daily snapshots of the last 30 days and the latest compacted state. */
export function listPointsHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const body: HistoryPointListResponse = { points: await listHistoryPoints(deps.db, libraryDocName(call.userId), deps.clock()) };
    sendJson(call.res, 200, body);
  });
}

/** `GET /api/history/points/:pointId/songs` → the songs the library held at that point. */
export function pointSongsHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const { point, library } = await pointOf(deps, call);
    const body: HistoryPointSongsResponse = { point, songs: songsAt(call.userId, library).map(({ sections: _sections, ...song }) => song) };
    sendJson(call.res, 200, body);
  });
}

/** `GET /api/history/points/:pointId/songs/:songId` → `{ song }` as it was then, with sections and chords. */
export function pointSongHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const songId = pathParam(call.ctx, 'songId', ApiId, 'song');
    const { library } = await pointOf(deps, call);
    const song = songsAt(call.userId, library).find((s) => s.id === songId);
    if (!song) throw notFound('song');
    const body: SongResponse = { song };
    sendJson(call.res, 200, body);
  });
}

/** `POST /api/history/points/:pointId/restore` with `{}` → 201 `{ restore }`: the whole library as it was. */
export function restoreLibraryHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const { pointId, point, library } = await pointOf(deps, call);
    const applied = await applyRestore(deps, call.userId, (current) => wholeLibraryTarget(library, current));
    if (applied.refused > 0) call.ctx.log.warn({ userId: call.userId, refused: applied.refused }, 'restore: library calls refused');
    const restore = await insertRestore(deps.db, { userId: call.userId, kind: 'library', pointId, pointAt: new Date(point.at), songId: null, undoes: null, before: applied.before, changes: applied.changes, now: deps.clock() });
    const body: RestoreResponse = { restore };
    sendJson(call.res, 201, body);
  });
}

/** `POST /api/history/points/:pointId/songs/:songId/restore` with `{}` → 201 `{ restore }`: one song as it was. */
export function restoreSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const songId = pathParam(call.ctx, 'songId', ApiId, 'song');
    const { pointId, point, library } = await pointOf(deps, call);
    const song = [...library.songs, ...library.deletedSongs].find((s) => s.id === songId);
    if (!song) throw notFound('song');
    const applied = await applyRestore(deps, call.userId, () => ({ songs: [song], absentSongIds: [] }));
    const restore = await insertRestore(deps.db, { userId: call.userId, kind: 'song', pointId, pointAt: new Date(point.at), songId, undoes: null, before: applied.before, changes: applied.changes, now: deps.clock() });
    const body: RestoreResponse = { restore };
    sendJson(call.res, 201, body);
  });
}

/** `GET /api/history/restores` → `{ restores }`, newest first. */
export function listRestoresHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const body: RestoreListResponse = { restores: await listRestores(deps.db, call.userId) };
    sendJson(call.res, 200, body);
  });
}

/**
 * `POST /api/history/restores/:restoreId/undo` with `{}` → 201 `{ restore }`: puts back what the
 * restore replaced, again as a new change; the undo is itself a restore (undo it to redo). 409 when
 * already undone.
 */
export function undoRestoreHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const id = pathParam(call.ctx, 'restoreId', ApiId, 'restore');
    const claim = await claimUndo(deps.db, call.userId, id, deps.clock());
    if (!claim.found) throw notFound('restore');
    if (claim.alreadyUndone) throw new HttpError(409, ErrorCode.conflict, 'This restore was already undone.');
    const target = RestoreTargetSchema.safeParse(claim.before);
    if (!target.success) {
      await releaseUndo(deps.db, call.userId, id);
      throw new HttpError(409, ErrorCode.conflict, 'This restore can no longer be undone.');
    }
    let applied;
    try {
      applied = await applyRestore(deps, call.userId, () => target.data);
    } catch (error) {
      await releaseUndo(deps.db, call.userId, id);
      throw error;
    }
    const restore = await insertRestore(deps.db, {
      userId: call.userId,
      kind: 'undo',
      pointId: null,
      pointAt: null,
      songId: claim.restore.songId,
      undoes: id,
      before: applied.before,
      changes: applied.changes,
      now: deps.clock(),
    });
    const body: RestoreResponse = { restore };
    sendJson(call.res, 201, body);
  });
}

