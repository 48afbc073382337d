/** A tiny browser stand-in for API tests: a cookie jar, our Origin on every request, JSON helpers. */
export type CookieClient = {
  readonly cookies: Map<string, string>;
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
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (!options.noOrigin && headers.origin === undefined) headers.origin = origin;
    if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
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
    request,
    json: (method, path, body, options = {}) =>
      request(method, path, { ...options, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...options.headers } }),
  };
}
