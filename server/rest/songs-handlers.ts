import { newId, readLibrary } from '../../shared/library/index.ts';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import { CreateSongRequest, SongListQuery, UpdateSongRequest, type SongResponse } from '../../shared/rest/song-api.ts';
import { sendEmpty } from '../auth/respond-auth.ts';
import { applyOperations, type DocOperation } from '../document-diff/operations.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { writeLibrary } from './document-writes.ts';
import { findSong, newSongOperations, replaceTempoMapOperations } from './plan-requests.ts';
import { pathParam, queryOf } from './request-input.ts';
import type { RestDeps } from './rest-deps.ts';
import { notFound } from './rest-errors.ts';
import { restRead, restWrite, type RestCall } from './rest-route.ts';
import { listSongs, readSongDetail } from './song-queries.ts';

const songId = (call: RestCall) => pathParam(call.ctx, 'id', ApiId, 'song');

async function sendSong(deps: RestDeps, call: RestCall, id: string, status = 200): Promise<void> {
  const song = await readSongDetail(deps.db, call.userId, id);
  if (!song) throw notFound('song');
  const body: SongResponse = { song };
  sendJson(call.res, status, body);
}

/** `GET /api/songs?q&tag&sort&order&limit&cursor` → `{ songs, nextCursor }` (live songs, from the projection). */
export function listSongsHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    sendJson(call.res, 200, await listSongs(deps.db, call.userId, queryOf(call.ctx, SongListQuery)));
  });
}

/** `POST /api/songs` → 201 `{ song }`: the song (with tempo map, sections and chords) in one change. */
export function createSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, CreateSongRequest, async (call, body) => {
    const id = body.id ?? newId();
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, newSongOperations(id, body), 'strict', at));
    await sendSong(deps, call, id, 201);
  });
}

/** `GET /api/songs/:id` → `{ song }` with its live sections and their chords. */
export function getSongHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => sendSong(deps, call, songId(call)));
}

/** `PATCH /api/songs/:id` → `{ song }`: changed fields and/or a new tempo map. */
export function updateSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, UpdateSongRequest, async (call, body) => {
    const id = songId(call);
    const { tempoMap, ...patch } = body;
    await writeLibrary(deps, call.userId, (doc, at) => {
      let tempoOps: DocOperation[] = [];
      if (tempoMap !== undefined) {
        const song = findSong(readLibrary(doc), id);
        if (!song) throw notFound('song');
        tempoOps = replaceTempoMapOperations(song, tempoMap);
      }
      applyOperations(doc, [{ kind: 'updateSong', id, patch }, ...tempoOps], 'strict', at);
    });
    await sendSong(deps, call, id);
  });
}

/** `DELETE /api/songs/:id` with `{}` → 204: the song moves to "recently deleted" (soft delete). */
export function deleteSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const id = songId(call);
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, [{ kind: 'deleteSong', id }], 'strict', at));
    sendEmpty(call.res);
  });
}
