import { restPaths } from '../../shared/rest/api-paths.ts';
import { registerHistoryRoutes } from '../history/register-history-routes.ts';
import type { Router } from '../http/router.ts';
import { registerShareRoutes } from '../share/register-share-routes.ts';
import { openApiHandler } from './openapi-route.ts';
import { registerRestRoutes } from './register-rest-routes.ts';
import type { RestDeps } from './rest-deps.ts';

/** Mounts the library API (issue 6): resources, share links, history and the OpenAPI document. */
export function mountLibraryApi(router: Router, deps: RestDeps): Router {
  registerRestRoutes(router, deps);
  registerShareRoutes(router, deps);
  registerHistoryRoutes(router, deps);
  return router.add('GET', restPaths.openapi, openApiHandler(deps));
}
