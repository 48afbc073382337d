import { EmptyRequest } from '../../../shared/auth/auth-api.ts';
import { mutationRoute } from '../../guards/guarded-route.ts';
import type { Handler } from '../../http/router.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { requireSession } from '../request-auth.ts';
import { sendEmpty } from '../respond-auth.ts';
import { clearedSessionCookie, readCookie, sessionCookieName } from '../session-cookie.ts';

/** `POST /api/auth/signout` → 204: ends this session (if any) and clears the cookie. */
export function signOutHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, EmptyRequest, async (req, res) => {
    const token = readCookie(req.headers.cookie, sessionCookieName(deps.cookiePolicy));
    const found = token === undefined ? null : await deps.sessions.validateSessionToken(token);
    if (found) await deps.sessions.invalidateSession(found.session);
    res.appendHeader('set-cookie', clearedSessionCookie(deps.cookiePolicy));
    sendEmpty(res);
  });
}

/** `POST /api/auth/signout-all` → 204: ends every session of the user, this one included. */
export function signOutAllHandler(deps: AuthDeps): Handler {
  return mutationRoute({ site: deps.site }, EmptyRequest, async (req, res, ctx) => {
    const { user } = await requireSession(req, res, deps);
    const ended = await deps.sessions.invalidateUserSessions(user.id, 'signout_all');
    ctx.log.info({ userId: user.id, sessions: ended.length }, 'signed out everywhere');
    res.appendHeader('set-cookie', clearedSessionCookie(deps.cookiePolicy));
    sendEmpty(res);
  });
}
