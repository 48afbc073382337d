import type { IncomingMessage } from 'node:http';

/**
 * The address rate limits are keyed by. Behind a proxy, CLIENT_IP_HEADER names the header it sets
 * (e.g. `do-connecting-ip` on App Platform); for `x-forwarded-for` the last hop is used, the one our
 * proxy appended (earlier entries come from the client and can be forged).
 */
export function clientIpResolver(trustedHeader: string | undefined): (req: IncomingMessage) => string {
  const header = trustedHeader?.toLowerCase();
  return (req) => {
    if (header) {
      const raw = req.headers[header];
      const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
      const last = value?.split(',').at(-1)?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? 'unknown';
  };
}
