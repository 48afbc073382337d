import { restPaths } from '../../shared/rest/api-paths.ts';
import type { Router } from '../http/router.ts';
import type { RestDeps } from '../rest/rest-deps.ts';
import { listDeletedSongsHandler, restoreDeletedSongHandler } from './deleted-songs-handlers.ts';
import {
  listPointsHandler,
  listRestoresHandler,
  pointSongHandler,
  pointSongsHandler,
  restoreLibraryHandler,
  restoreSongHandler,
  undoRestoreHandler,
} from './history-handlers.ts';

/** Mounts library history: earlier states, restores and their undo, "recently deleted". */
export function registerHistoryRoutes(router: Router, deps: RestDeps): Router {
  return router
    .add('GET', restPaths.historyPoints, listPointsHandler(deps))
    .add('GET', restPaths.historyPointSongs, pointSongsHandler(deps))
    .add('GET', restPaths.historyPointSong, pointSongHandler(deps))
    .add('POST', restPaths.restoreLibrary, restoreLibraryHandler(deps))
    .add('POST', restPaths.restoreSong, restoreSongHandler(deps))
    .add('GET', restPaths.restores, listRestoresHandler(deps))
    .add('POST', restPaths.undoRestore, undoRestoreHandler(deps))
    .add('GET', restPaths.deletedSongs, listDeletedSongsHandler(deps))
    .add('POST', restPaths.restoreDeletedSong, restoreDeletedSongHandler(deps));
}
