import type { ProvidersResponse, SessionResponse } from '../../../shared/auth/auth-api.ts';
import { readRoute } from '../../guards/guarded-route.ts';
import { sendJson } from '../../http/respond.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { optionalSession, requireSession } from '../request-auth.ts';
import { publicUser } from '../user-store.ts';

/** `GET /api/auth/me` → 200 `{ user }` or 401. */
export function meHandler(deps: AuthDeps): Handler {
  return readRoute(async (req, res) => {
    const { user } = await requireSession(req, res, deps);
    sendJson(res, 200, { user: publicUser(user) });
  });
}

/** `GET /api/auth/session` → 200 `{ user }`, with `user: null` for a guest. */
export function sessionHandler(deps: AuthDeps): Handler {
  return readRoute(async (req, res) => {
    const found = await optionalSession(req, res, deps);
    const body: SessionResponse = { user: found ? publicUser(found.user) : null };
    sendJson(res, 200, body);
  });
}

/** `GET /api/auth/providers` → the configured OAuth providers, so the client shows only their buttons. */
export function providersHandler(deps: AuthDeps): Handler {
  return readRoute((_req, res) => {
    const body: ProvidersResponse = { providers: [...deps.oauthProviders.keys()] };
    sendJson(res, 200, body);
  });
}
