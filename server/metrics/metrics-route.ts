import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import { ErrorCode } from '../../shared/errors.ts';
import { sendError } from '../http/respond.ts';
import type { Handler } from '../http/router.ts';

/** `GET /metrics`: the registry in Prometheus text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsHandler(registry: Registry, token: string | undefined): Handler {
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    if (expected !== undefined && !bearerMatches(req.headers.authorization, expected)) {
      sendError(res, 401, ErrorCode.unauthorized, 'A valid metrics token is required.', { 'www-authenticate': 'Bearer realm="metrics"' });
      return;
    }
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  };
}

function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  // Comparing fixed-size digests keeps the time independent of where (or whether) the strings differ.
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
