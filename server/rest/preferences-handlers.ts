import { MetronomeSettingsSchema, PreferencesRowSchema, PreferencesSchema, setMetronomeSettings, setPreferences } from '../../shared/library/index.ts';
import { PutPreferencesRequest, type PreferencesResponse } from '../../shared/rest/preferences-api.ts';
import type { Queryable } from '../db/database.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { writeLibrary } from './document-writes.ts';
import { parseRows } from './projection-rows.ts';
import type { RestDeps } from './rest-deps.ts';
import { restRead, restWrite } from './rest-route.ts';

/** The user's settings from the projection; defaults before any was written. */
async function readPreferences(db: Queryable, userId: string): Promise<PreferencesResponse> {
  const { rows } = await db.query('SELECT user_id, preferences, metronome_settings, updated_at FROM user_preferences WHERE user_id = $1', [userId]);
  const [row] = parseRows(PreferencesRowSchema, rows);
  if (!row) return { preferences: PreferencesSchema.parse({}), metronome: MetronomeSettingsSchema.parse({}), updatedAt: null };
  return { preferences: row.preferences, metronome: row.metronome_settings, updatedAt: row.updated_at };
}

/** `GET /api/preferences` → `{ preferences, metronome, updatedAt }`. */
export function getPreferencesHandler(deps: RestDeps): Handler {
  return restRead(deps, async (call) => sendJson(call.res, 200, await readPreferences(deps.db, call.userId)));
}

/** `PUT /api/preferences` → 200 with the settings: each group given replaces that group (only changed settings are written). */
export function putPreferencesHandler(deps: RestDeps): Handler {
  return restWrite(deps, PutPreferencesRequest, async (call, body) => {
    await writeLibrary(deps, call.userId, (doc, at) => {
      if (body.preferences) setPreferences(doc, body.preferences, at);
      if (body.metronome) setMetronomeSettings(doc, body.metronome, at);
    });
    sendJson(call.res, 200, await readPreferences(deps.db, call.userId));
  });
}
