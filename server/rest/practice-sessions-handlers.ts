import { ApiId } from '../../shared/rest/api-common.ts';
import {
  CreatePracticeSessionRequest,
  PracticeSessionListQuery,
  UpdatePracticeSessionRequest,
  type PracticeSessionResponse,
} from '../../shared/rest/practice-session-api.ts';
import { createPracticeSession, newId, updatePracticeSession } from '../../shared/library/index.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { writePractice } from './document-writes.ts';
import { listPracticeSessions, readPracticeSession } from './practice-session-queries.ts';
import { pathParam, queryOf } from './request-input.ts';
import type { RestDeps } from './rest-deps.ts';
import { notFound } from './rest-errors.ts';
import { restRead, restWrite, type RestCall } from './rest-route.ts';
import { hasSong } from './song-queries.ts';

const sessionId = (call: RestCall) => pathParam(call.ctx, 'id', ApiId, 'practice session');

async function sendSession(deps: RestDeps, call: RestCall, id: string, status = 200): Promise<void> {
  const practiceSession = await readPracticeSession(deps.db, call.userId, id);
  if (!practiceSession) throw notFound('practice session');
  const body: PracticeSessionResponse = { practiceSession };
  sendJson(call.res, status, body);
}

/** `GET /api/practice-sessions?songId&from&to&limit&cursor` → `{ practiceSessions, nextCursor }`, newest first. */
export function listPracticeSessionsHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => {
    sendJson(call.res, 200, await listPracticeSessions(deps.db, call.userId, queryOf(call.ctx, PracticeSessionListQuery)));
  });
}

/** `POST /api/practice-sessions` → 201 `{ practiceSession }`, for a song of the user's library. */
export function createPracticeSessionHandler(deps: RestDeps): Handler {
  return restWrite(deps, CreatePracticeSessionRequest, async (call, body) => {
    if (!(await hasSong(deps.db, call.userId, body.songId))) throw notFound('song');
    const id = body.id ?? newId();
    await writePractice(deps, call.userId, (doc, at) => createPracticeSession(doc, { ...body, id }, at));
    await sendSession(deps, call, id, 201);
  });
}

/** `GET /api/practice-sessions/:id` → `{ practiceSession }`. */
export function getPracticeSessionHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => sendSession(deps, call, sessionId(call)));
}

/** `PATCH /api/practice-sessions/:id` → `{ practiceSession }`, e.g. ending it with a rating. */
export function updatePracticeSessionHandler(deps: RestDeps): Handler {
  return restWrite(deps, UpdatePracticeSessionRequest, async (call, body) => {
    const id = sessionId(call);
    await writePractice(deps, call.userId, (doc, at) => updatePracticeSession(doc, id, body, at));
    await sendSession(deps, call, id);
  });
}
