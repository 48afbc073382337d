import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ErrorCode } from '../../shared/errors.ts';
import type { Logger } from '../logger.ts';
import type { HttpRecorder } from '../metrics/recorders.ts';
import { loggedPath } from './logged-path.ts';
import { sendError } from './respond.ts';
import type { RequestContext, Router } from './router.ts';
import type { StaticClient } from './static-client.ts';

export type AppServerParts = {
  router: Router;
  staticClient: StaticClient;
  log: Logger;
  /** Request durations by route pattern (GET /metrics). */
  metrics?: HttpRecorder;
};

/** Route labels for requests no pattern matched, so that raw paths never become metric labels. */
export const UnmatchedRoute = { static: '(static)', notFound: '(not found)', wrongMethod: '(wrong method)', badUrl: '(bad url)' } as const;

/**
 * The one HTTP server: API routes from the router, then the built client. A handler that throws
 * answers 500 with the shared error body; the details go to the log only.
 */
export function createAppServer(parts: AppServerParts): Server {
  return http.createServer((req, res) => {
    void handle(req, res, parts);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, { router, staticClient: serve, log, metrics }: AppServerParts) {
  const started = performance.now();
  const requestId = randomUUID();
  const reqLog = log.child({ reqId: requestId });
  const method = req.method ?? 'GET';
  let route: string = UnmatchedRoute.badUrl;
  res.setHeader('x-request-id', requestId);
  res.on('finish', () => {
    const seconds = (performance.now() - started) / 1000;
    reqLog.info({ method, path: loggedPath(req.url, route), route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    metrics?.requestFinished({ method, route, status: res.statusCode, seconds });
  });

  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    sendError(res, 400, ErrorCode.badRequest, 'Malformed request URL.');
    return;
  }
  const match = router.match(method, url.pathname);
  route = match.kind === 'found' ? match.pattern : match.kind === 'wrong-method' ? UnmatchedRoute.wrongMethod : UnmatchedRoute.notFound;
  try {
    if (match.kind === 'found') {
      const ctx: RequestContext = { requestId, log: reqLog, url, params: match.params };
      await match.handler(req, res, ctx);
    } else if (match.kind === 'wrong-method') {
      sendError(res, 405, ErrorCode.methodNotAllowed, `Use ${match.allowed.join(' or ')}.`, { allow: match.allowed.join(', ') });
    } else if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      sendError(res, 404, ErrorCode.notFound, 'No such API route.');
    } else if (method === 'GET' || method === 'HEAD') {
      route = UnmatchedRoute.static;
      serve(req, res, () => sendError(res, 404, ErrorCode.notFound, 'Not found.'));
    } else {
      sendError(res, 405, ErrorCode.methodNotAllowed, 'Use GET.', { allow: 'GET, HEAD' });
    }
  } catch (error) {
    reqLog.error({ err: error }, 'request failed');
    if (!res.headersSent) sendError(res, 500, ErrorCode.internal, 'Something went wrong on our side.');
    else res.destroy();
  }
}
