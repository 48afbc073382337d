import { ErrorCode } from '../../shared/errors.ts';
import { newId } from '../../shared/library/index.ts';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import { sharedSongPage } from '../../shared/rest/api-paths.ts';
import {
  CreateShareLinkRequest,
  ShareToken,
  type CreatedShareLinkResponse,
  type ShareLinkListResponse,
  type SharedSongResponse,
} from '../../shared/rest/share-api.ts';
import type { SongResponse } from '../../shared/rest/song-api.ts';
import { sendEmpty } from '../auth/respond-auth.ts';
import { generateSecretToken, hashSecretToken } from '../auth/secret-token.ts';
import { applyOperations } from '../document-diff/operations.ts';
import { HttpError } from '../guards/http-error.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler, RequestContext } from '../http/router.ts';
import { writeLibrary } from '../rest/document-writes.ts';
import { newSongOperations } from '../rest/plan-requests.ts';
import { pathParam } from '../rest/request-input.ts';
import type { RestDeps } from '../rest/rest-deps.ts';
import { notFound } from '../rest/rest-errors.ts';
import { publicRead, restRead, restWrite } from '../rest/rest-route.ts';
import { hasSong, readSongDetail } from '../rest/song-queries.ts';
import { copyRequest } from './copy-request.ts';
import { shareExpiresAt, shareLinkStatus } from './share-expiry.ts';
import { apiShareLink, findShareLinkByHash, insertShareLink, listShareLinks, revokeShareLink } from './share-link-store.ts';
import { sharedSong } from './shared-song.ts';

const gone = () => new HttpError(410, ErrorCode.gone, 'This link has expired or was revoked.');

/** `POST /api/songs/:id/share-links {expiresIn}` → 201 `{ shareLink, token, url }`; the token is shown only here. */
export function createShareLinkHandler(deps: RestDeps): Handler {
  return restWrite(deps, CreateShareLinkRequest, async (call, body) => {
    const songId = pathParam(call.ctx, 'id', ApiId, 'song');
    if (!(await hasSong(deps.db, call.userId, songId, { live: true }))) throw notFound('song');
    const token = generateSecretToken();
    const now = deps.clock();
    const row = await insertShareLink(deps.db, { tokenHash: hashSecretToken(token), userId: call.userId, songId, expiresAt: shareExpiresAt(body.expiresIn, now), now });
    const answer: CreatedShareLinkResponse = { shareLink: apiShareLink(row, now), token, url: `${deps.site.publicOrigin()}${sharedSongPage(token)}` };
    sendJson(call.res, 201, answer);
  });
}

/** `GET /api/songs/:id/share-links` → `{ shareLinks }` of that song. */
export function listSongShareLinksHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const songId = pathParam(call.ctx, 'id', ApiId, 'song');
    if (!(await hasSong(deps.db, call.userId, songId))) throw notFound('song');
    const now = deps.clock();
    const body: ShareLinkListResponse = { shareLinks: (await listShareLinks(deps.db, call.userId, songId)).map((row) => apiShareLink(row, now)) };
    sendJson(call.res, 200, body);
  });
}

/** `GET /api/share-links` → every link of the user. */
export function listShareLinksHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    const now = deps.clock();
    const body: ShareLinkListResponse = { shareLinks: (await listShareLinks(deps.db, call.userId)).map((row) => apiShareLink(row, now)) };
    sendJson(call.res, 200, body);
  });
}

/** `DELETE /api/share-links/:id` with `{}` → 204; the link answers 410 from now on. */
export function revokeShareLinkHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const id = pathParam(call.ctx, 'id', ApiId, 'share link');
    if (!(await revokeShareLink(deps.db, call.userId, id, deps.clock()))) throw notFound('share link');
    sendEmpty(call.res);
  });
}

/** The song behind a token, as the public page shows it: 404 unknown, 410 expired, revoked or deleted. */
async function resolveSharedSong(deps: RestDeps, ctx: RequestContext) {
  const token = pathParam(ctx, 'token', ShareToken, 'shared song');
  const link = await findShareLinkByHash(deps.db, hashSecretToken(token));
  if (!link) throw notFound('shared song');
  if (shareLinkStatus({ expiresAt: link.expires_at, revokedAt: link.revoked_at }, deps.clock()) !== 'active') throw gone();
  const song = await readSongDetail(deps.db, link.user_id, link.song_id);
  if (!song || song.deletedAt !== null) throw gone();
  return sharedSong(song);
}

/** `GET /api/shared/:token` (public) → `{ song }`: the song as it is now, hidden fields left out. */
export function getSharedSongHandler(deps: RestDeps): Handler {
  return publicRead(async ({ res, ctx }) => {
    const body: SharedSongResponse = { song: await resolveSharedSong(deps, ctx) };
    sendJson(res, 200, body, { 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' });
  });
}

/** `POST /api/shared/:token/copy` with `{}` (signed in) → 201 `{ song }`: a copy with new ids in the viewer's library. */
export function copySharedSongHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const request = copyRequest(await resolveSharedSong(deps, call.ctx));
    if (!request) throw new HttpError(409, ErrorCode.conflict, 'This song is too large to copy.');
    const songId = newId();
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, newSongOperations(songId, request), 'strict', at));
    const song = await readSongDetail(deps.db, call.userId, songId);
    if (!song) throw notFound('song');
    const body: SongResponse = { song };
    sendJson(call.res, 201, body);
  });
}
