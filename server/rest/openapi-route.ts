import { sessionCookieName } from '../auth/session-cookie.ts';
import { readRoute } from '../guards/guarded-route.ts';
import { sendJson } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';
import { buildOpenApiDocument } from './openapi.ts';
import type { RestDeps } from './rest-deps.ts';

/** `GET /api/openapi.json` (public): built once, on the first request (the origin is known by then). */
export function openApiHandler(deps: Pick<RestDeps, 'site' | 'cookiePolicy'>): Handler {
  let document: object | undefined;
  return readRoute((_req, res) => {
    document ??= buildOpenApiDocument(deps.site.publicOrigin(), sessionCookieName(deps.cookiePolicy));
    sendJson(res, 200, document, { 'cache-control': 'public, max-age=300' });
  });
}
