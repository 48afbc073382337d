import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, cookiePolicyFor, readCookie, sessionCookie, sessionCookieName } from './session-cookie.ts';

const expiresAt = Date.UTC(2026, 1, 1, 12, 0, 0);

describe('session cookie', () => {
  it('AUTH5: on http the cookie has a plain name, HttpOnly, SameSite=Lax, Path=/, an expiry and no Secure', () => {
    const policy = cookiePolicyFor('http://localhost:3000');
    const header = sessionCookie(policy, 'tok', expiresAt);
    expect(header.startsWith('metmap_session=tok;')).toBe(true);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).toContain('Expires=Sun, 01 Feb 2026 12:00:00 GMT');
    expect(header).not.toContain('Secure');
    expect(cookiePolicyFor(undefined).secure).toBe(false);
  });

  it('AUTH5: on https the cookie is __Host-metmap_session and Secure', () => {
    const policy = cookiePolicyFor('https://metmap.example');
    expect(sessionCookieName(policy)).toBe('__Host-metmap_session');
    const header = sessionCookie(policy, 'tok', expiresAt);
    expect(header.startsWith('__Host-metmap_session=tok;')).toBe(true);
    expect(header.split('; ')).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/']));
    // __Host- forbids a Domain attribute.
    expect(header).not.toContain('Domain');
  });

  it('AUTH5: clearing sets an empty value that expires at once', () => {
    const header = clearedSessionCookie(cookiePolicyFor('https://metmap.example'));
    expect(header).toMatch(/^__Host-metmap_session=;/);
    expect(header).toContain('Max-Age=0');
  });

  it('AUTH5: reads a cookie among others and ignores look-alikes', () => {
    const header = 'a=1; xmetmap_session=evil; metmap_session=good; metmap_session=second';
    expect(readCookie(header, 'metmap_session')).toBe('good');
    expect(readCookie(header, 'missing')).toBeUndefined();
    expect(readCookie(undefined, 'metmap_session')).toBeUndefined();
  });
});
