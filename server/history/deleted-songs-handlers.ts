import { SongRowSchema } from '../../shared/library/index.ts';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import { HISTORY_DAYS, type DeletedSongListResponse } from '../../shared/rest/history-api.ts';
import type { SongResponse } from '../../shared/rest/song-api.ts';
import { applyOperations } from '../document-diff/operations.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { apiSong } from '../rest/api-mappers.ts';
import { writeLibrary } from '../rest/document-writes.ts';
import { columnsOf, parseRows } from '../rest/projection-rows.ts';
import { pathParam } from '../rest/request-input.ts';
import type { RestDeps } from '../rest/rest-deps.ts';
import { notFound } from '../rest/rest-errors.ts';
import { restRead, restWrite } from '../rest/rest-route.ts';
import { readSongDetail } from '../rest/song-queries.ts';

const DAY_MS = 86_400_000;

/** `GET /api/history/deleted-songs` → `{ songs }` deleted in the last 30 days, most recent first. */
export function listDeletedSongsHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const since = new Date(deps.clock() - HISTORY_DAYS * DAY_MS);
    const { rows } = await deps.db.query(
      `SELECT ${columnsOf(SongRowSchema)} FROM songs WHERE user_id = $1 AND deleted_at IS NOT NULL AND deleted_at >= $2 ORDER BY deleted_at DESC, id`,
      [call.userId, since],
    );
    const body: DeletedSongListResponse = { songs: parseRows(SongRowSchema, rows).map(apiSong) };
    sendJson(call.res, 200, body);
  });
}

/** `POST /api/history/deleted-songs/:songId/restore` with `{}` → 200 `{ song }`: back in the library, sections and chords intact. */
export function restoreDeletedSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const songId = pathParam(call.ctx, 'songId', ApiId, 'song');
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, [{ kind: 'restoreSong', id: songId }], 'strict', at));
    const song = await readSongDetail(deps.db, call.userId, songId);
    if (!song) throw notFound('song');
    const body: SongResponse = { song };
    sendJson(call.res, 200, body);
  });
}
