import { UserResponse } from '../../shared/auth/auth-api.ts';

/** A tiny browser stand-in for API tests: a cookie jar, our Origin on every request, JSON helpers. */
export type CookieClient = {
  readonly cookies: Map<string, string>;
  /** The jar as a Cookie header (e.g. for a sync device of the same browser). */
  cookieHeader(): string;
  request(method: string, path: string, options?: RequestOptions): Promise<Response>;
  /** JSON body with content-type application/json. */
  json(method: string, path: string, body: unknown, options?: RequestOptions): Promise<Response>;
};

export type RequestOptions = {
  headers?: Record<string, string>;
  body?: string;
  /** Omit the Origin header entirely. */
  noOrigin?: boolean;
};

export function cookieClient(baseUrl: string, origin = baseUrl): CookieClient {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (!options.noOrigin && headers.origin === undefined) headers.origin = origin;
    if (cookies.size > 0) headers.cookie = cookieHeader();
    const response = await fetch(new URL(path, baseUrl), { method, headers, body: options.body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = value === '' || attributes.some((a) => a.toLowerCase() === 'max-age=0');
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return {
    cookies,
    cookieHeader,
    request,
    json: (method, path, body, options = {}) =>
      request(method, path, { ...options, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...options.headers } }),
  };
}

/** Signs a new user up on the server at `baseUrl` (201 or it throws): the signed-in client, the user's id, its Cookie header. */
export async function signUpAt(
  baseUrl: string,
  email: string,
  password = 'a long password of several words',
): Promise<{ client: CookieClient; userId: string; cookie: string }> {
  const client = cookieClient(baseUrl);
  const response = await client.json('POST', '/api/auth/signup', { email, password });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const { user } = UserResponse.parse(await response.json());
  return { client, userId: user.id, cookie: client.cookieHeader() };
}
