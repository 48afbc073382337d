import type { ServerResponse } from 'node:http';
import { sendJson } from '../http/respond.ts';
import type { CookiePolicy } from './session-cookie.ts';
import { sessionCookie } from './session-cookie.ts';
import { publicUser, type UserRecord } from './user-store.ts';

/** Answers a successful sign-in (or sign-up, or reset): the new session's cookie and `{ user }`. */
export function sendSignedIn(
  res: ServerResponse,
  status: number,
  cookiePolicy: CookiePolicy,
  signedIn: { token: string; expiresAt: number; user: UserRecord },
): void {
  res.appendHeader('set-cookie', sessionCookie(cookiePolicy, signedIn.token, signedIn.expiresAt));
  sendJson(res, status, { user: publicUser(signedIn.user) });
}

/** An empty answer (204 by default) that is never cached. */
export function sendEmpty(res: ServerResponse, status = 204): void {
  res.writeHead(status, { 'cache-control': 'no-store' });
  res.end();
}
