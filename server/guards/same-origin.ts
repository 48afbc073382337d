import type { IncomingMessage } from 'node:http';
import type { SiteOrigin } from './site-origin.ts';

/**
 * CSRF defence for state-changing requests (SPEC AUTH8): the browser's `Origin` must be our own, and
 * when the browser sends `Sec-Fetch-Site` it must say `same-origin`. A request without `Origin` is
 * refused too: every browser sends it on a cross-origin or non-GET fetch, and our own client always has it.
 */
export function isSameOriginRequest(req: IncomingMessage, site: SiteOrigin): boolean {
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return false;
  const origin = req.headers.origin;
  return typeof origin === 'string' && site.isOwnOrigin(origin);
}
