import { serializeCookie, type CookiePolicy } from '../session-cookie.ts';
import { OAUTH_STATE_TTL_MS } from './oauth-state-store.ts';

/** The state and PKCE verifier ride in short-lived cookies; `__Host-` on https like the session cookie. */
export function oauthCookieNames(policy: CookiePolicy): { state: string; verifier: string } {
  const prefix = policy.secure ? '__Host-' : '';
  return { state: `${prefix}metmap_oauth_state`, verifier: `${prefix}metmap_oauth_verifier` };
}

/** Set at the start of a round trip; they live at most 10 minutes (SPEC AUTH10). */
export function oauthCookies(policy: CookiePolicy, values: { state: string; verifier: string }, now: number): string[] {
  const names = oauthCookieNames(policy);
  const options = { expiresAt: now + OAUTH_STATE_TTL_MS, maxAgeSeconds: OAUTH_STATE_TTL_MS / 1000 };
  return [serializeCookie(policy, names.state, values.state, options), serializeCookie(policy, names.verifier, values.verifier, options)];
}

/** Both cookies removed: a callback uses them once, whatever its outcome. */
export function clearedOAuthCookies(policy: CookiePolicy): string[] {
  const names = oauthCookieNames(policy);
  return [serializeCookie(policy, names.state, '', { expiresAt: null }), serializeCookie(policy, names.verifier, '', { expiresAt: null })];
}
