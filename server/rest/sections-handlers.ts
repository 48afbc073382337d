import { newId, readLibrary } from '../../shared/library/index.ts';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import { CreateSectionRequest, UpdateSectionRequest, type SectionResponse } from '../../shared/rest/section-api.ts';
import { sendEmpty } from '../auth/respond-auth.ts';
import { applyOperations, type DocOperation } from '../document-diff/operations.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { writeLibrary } from './document-writes.ts';
import { findSectionSong, newSectionOperations, replaceChordsOperations } from './plan-requests.ts';
import { pathParam } from './request-input.ts';
import type { RestDeps } from './rest-deps.ts';
import { notFound } from './rest-errors.ts';
import { restRead, restWrite, type RestCall } from './rest-route.ts';
import { readSection } from './song-queries.ts';

const sectionId = (call: RestCall) => pathParam(call.ctx, 'id', ApiId, 'section');

async function sendSection(deps: RestDeps, call: RestCall, id: string, status = 200): Promise<void> {
  const section = await readSection(deps.db, call.userId, id);
  if (!section) throw notFound('section');
  const body: SectionResponse = { section };
  sendJson(call.res, status, body);
}

/** `POST /api/songs/:id/sections` → 201 `{ section }`: a new section at `index` (default last) with its chords. */
export function createSectionHandler(deps: RestDeps): Handler {
  return restWrite(deps, CreateSectionRequest, async (call, body) => {
    const songId = pathParam(call.ctx, 'id', ApiId, 'song');
    const { id, ...section } = body;
    const newSectionId = id ?? newId();
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, newSectionOperations(songId, newSectionId, section), 'strict', at));
    await sendSection(deps, call, newSectionId, 201);
  });
}

/** `GET /api/sections/:id` → `{ section }` with its chords. */
export function getSectionHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => sendSection(deps, call, sectionId(call)));
}

/** `PATCH /api/sections/:id` → `{ section }`: changed fields, a new position (`index`), and/or the whole chord list. */
export function updateSectionHandler(deps: RestDeps): Handler {
  return restWrite(deps, UpdateSectionRequest, async (call, body) => {
    const id = sectionId(call);
    const { index, chords, ...patch } = body;
    await writeLibrary(deps, call.userId, (doc, at) => {
      const ops: DocOperation[] = [{ kind: 'updateSection', id, patch }];
      if (chords !== undefined) {
        const found = findSectionSong(readLibrary(doc), id);
        if (!found) throw notFound('section');
        ops.push(...replaceChordsOperations(found.song, found.section, chords));
      }
      if (index !== undefined) ops.push({ kind: 'reorderSection', id, index });
      applyOperations(doc, ops, 'strict', at);
    });
    await sendSection(deps, call, id);
  });
}

/** `DELETE /api/sections/:id` with `{}` → 204: the section leaves its song's strip (soft delete). */
export function deleteSectionHandler(deps: RestDeps): Handler {
  return restWrite(deps, EmptyBody, async (call) => {
    const id = sectionId(call);
    await writeLibrary(deps, call.userId, (doc, at) => applyOperations(doc, [{ kind: 'deleteSection', id }], 'strict', at));
    sendEmpty(call.res);
  });
}
