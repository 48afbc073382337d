import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../../shared/errors.ts';
import { HttpError } from '../guards/http-error.ts';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName, type CookiePolicy } from './session-cookie.ts';
import type { SessionManager, ValidSession } from './sessions.ts';

type SessionDeps = { sessions: SessionManager; cookiePolicy: CookiePolicy };

/** Validates the request's session; re-sends the cookie when its expiry slid, clears a dead one. */
export async function optionalSession(req: IncomingMessage, res: ServerResponse, deps: SessionDeps): Promise<ValidSession | null> {
  const token = readCookie(req.headers.cookie, sessionCookieName(deps.cookiePolicy));
  if (token === undefined) return null;
  const found = await deps.sessions.validateSessionToken(token);
  if (!found) res.appendHeader('set-cookie', clearedSessionCookie(deps.cookiePolicy));
  else if (found.refreshed) res.appendHeader('set-cookie', sessionCookie(deps.cookiePolicy, token, found.session.expiresAt));
  return found;
}

/** Like optionalSession, but a missing or dead session is a 401. */
export async function requireSession(req: IncomingMessage, res: ServerResponse, deps: SessionDeps): Promise<ValidSession> {
  const found = await optionalSession(req, res, deps);
  if (!found) throw new HttpError(401, ErrorCode.unauthorized, 'Sign in first.');
  return found;
}
