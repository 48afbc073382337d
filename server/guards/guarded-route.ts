import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { sendError } from '../http/respond.ts';
import type { Handler, RequestContext } from '../http/router.ts';
import { HttpError } from './http-error.ts';
import { DEFAULT_BODY_LIMIT_BYTES, readJsonBody } from './json-body.ts';
import { isSameOriginRequest } from './same-origin.ts';
import type { SiteOrigin } from './site-origin.ts';

/** A handler that gets its body already parsed. */
export type JsonHandler<T> = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext, body: T) => Promise<void> | void;

export type MutationGuardOptions = { site: SiteOrigin; limitBytes?: number };

/**
 * Every state-changing route goes through this (SPEC AUTH8): same-origin check (403), JSON only (415),
 * body size limit (413), zod (400); then the handler. An HttpError thrown inside answers with its status.
 */
export function mutationRoute<S extends z.ZodType>(options: MutationGuardOptions, schema: S, handler: JsonHandler<z.output<S>>): Handler {
  return readRoute(async (req, res, ctx) => {
    if (!isSameOriginRequest(req, options.site)) {
      // Leave the body unread; the connection closes rather than draining a cross-site upload.
      res.setHeader('connection', 'close');
      throw new HttpError(403, ErrorCode.forbidden, 'Cross-site requests are not allowed.');
    }
    const body = await readJsonBody(req, schema, options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
    await handler(req, res, ctx, body);
  });
}

/** A route without a body (GET): only turns a thrown HttpError into its answer. */
export function readRoute(handler: Handler): Handler {
  return async (req, res, ctx) => {
    try {
      await handler(req, res, ctx);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, error.status, error.code, error.message, error.headers);
    }
  };
}
