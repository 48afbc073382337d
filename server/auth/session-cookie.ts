/** Cookie settings for one deployment: `__Host-` and Secure on https, a plain name on http://localhost. */
export type CookiePolicy = { secure: boolean };

export function cookiePolicyFor(publicUrl: string | undefined): CookiePolicy {
  return { secure: publicUrl !== undefined && publicUrl.startsWith('https://') };
}

/** The session cookie's name; `__Host-` pins it to this exact origin, Path=/ and Secure. */
export function sessionCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-metmap_session' : 'metmap_session';
}

export type CookieOptions = {
  /** When the browser should drop the cookie; `null` deletes it now. */
  expiresAt: number | null;
  /** Also sends Max-Age, so the browser's own clock bounds the cookie's life (the OAuth cookies). */
  maxAgeSeconds?: number;
};

/** A `Set-Cookie` value: HttpOnly, SameSite=Lax, an explicit expiry, Secure on https. */
export function serializeCookie(policy: CookiePolicy, name: string, value: string, options: CookieOptions): string {
  // Path=/ always: the __Host- prefix requires it.
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (options.expiresAt === null) {
    parts.push('Max-Age=0', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  } else {
    parts.push(`Expires=${new Date(options.expiresAt).toUTCString()}`);
    if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  }
  if (policy.secure) parts.push('Secure');
  return parts.join('; ');
}

/** The session cookie carrying `token` until `expiresAt`. */
export function sessionCookie(policy: CookiePolicy, token: string, expiresAt: number): string {
  return serializeCookie(policy, sessionCookieName(policy), token, { expiresAt });
}

/** A `Set-Cookie` value that removes the session cookie. */
export function clearedSessionCookie(policy: CookiePolicy): string {
  return serializeCookie(policy, sessionCookieName(policy), '', { expiresAt: null });
}

/** Reads one cookie from a `Cookie` header; the first occurrence wins. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
