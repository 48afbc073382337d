import { restPaths } from '../../shared/rest/api-paths.ts';
import type { Router } from '../http/router.ts';
import {
  createPracticeSessionHandler,
  getPracticeSessionHandler,
  listPracticeSessionsHandler,
  updatePracticeSessionHandler,
} from './practice-sessions-handlers.ts';
import { getPreferencesHandler, putPreferencesHandler } from './preferences-handlers.ts';
import type { RestDeps } from './rest-deps.ts';
import { createSectionHandler, deleteSectionHandler, getSectionHandler, updateSectionHandler } from './sections-handlers.ts';
import { createSongHandler, deleteSongHandler, getSongHandler, listSongsHandler, updateSongHandler } from './songs-handlers.ts';

/** Mounts the library resources: songs, sections, practice sessions, preferences (server/rest/SPEC.md). */
export function registerRestRoutes(router: Router, deps: RestDeps): Router {
  return router
    .add('GET', restPaths.songs, listSongsHandler(deps))
    .add('POST', restPaths.songs, createSongHandler(deps))
    .add('GET', restPaths.song, getSongHandler(deps))
    .add('PATCH', restPaths.song, updateSongHandler(deps))
    .add('DELETE', restPaths.song, deleteSongHandler(deps))
    .add('POST', restPaths.songSections, createSectionHandler(deps))
    .add('GET', restPaths.section, getSectionHandler(deps))
    .add('PATCH', restPaths.section, updateSectionHandler(deps))
    .add('DELETE', restPaths.section, deleteSectionHandler(deps))
    .add('GET', restPaths.practiceSessions, listPracticeSessionsHandler(deps))
    .add('POST', restPaths.practiceSessions, createPracticeSessionHandler(deps))
    .add('GET', restPaths.practiceSession, getPracticeSessionHandler(deps))
    .add('PATCH', restPaths.practiceSession, updatePracticeSessionHandler(deps))
    .add('GET', restPaths.preferences, getPreferencesHandler(deps))
    .add('PUT', restPaths.preferences, putPreferencesHandler(deps));
}
