import { restPaths } from '../../shared/rest/api-paths.ts';
import type { Router } from '../http/router.ts';
import type { RestDeps } from '../rest/rest-deps.ts';
import {
  copySharedSongHandler,
  createShareLinkHandler,
  getSharedSongHandler,
  listShareLinksHandler,
  listSongShareLinksHandler,
  revokeShareLinkHandler,
} from './share-handlers.ts';

/** Mounts share links: the owner's create, list and revoke, and the public read and copy. */
export function registerShareRoutes(router: Router, deps: RestDeps): Router {
  return router
    .add('POST', restPaths.songShareLinks, createShareLinkHandler(deps))
    .add('GET', restPaths.songShareLinks, listSongShareLinksHandler(deps))
    .add('GET', restPaths.shareLinks, listShareLinksHandler(deps))
    .add('DELETE', restPaths.shareLink, revokeShareLinkHandler(deps))
    .add('GET', restPaths.sharedSong, getSharedSongHandler(deps))
    .add('POST', restPaths.copySharedSong, copySharedSongHandler(deps));
}
