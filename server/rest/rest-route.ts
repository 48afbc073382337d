import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { UserIdSchema, type UserId } from '../../shared/library/index.ts';
import { REST_BODY_LIMIT_BYTES } from '../../shared/rest/limits.ts';
import { requireSession } from '../auth/request-auth.ts';
import { mutationRoute, readRoute } from '../guards/guarded-route.ts';
import { HttpError } from '../guards/http-error.ts';
import type { Handler, RequestContext } from '../http/router.ts';
import type { RestDeps } from './rest-deps.ts';
import { asHttpError } from './rest-errors.ts';
import { isStorableText } from './storable-text.ts';

/** What a signed-in API handler gets. */
export type RestCall = { req: IncomingMessage; res: ServerResponse; ctx: RequestContext; userId: UserId };

async function signedInUser(req: IncomingMessage, res: ServerResponse, deps: RestDeps): Promise<UserId> {
  const { user } = await requireSession(req, res, deps);
  const userId = UserIdSchema.safeParse(user.id);
  if (!userId.success) throw new HttpError(401, ErrorCode.unauthorized, 'Sign in first.');
  return userId.data;
}

async function mapped(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw asHttpError(error);
  }
}

/** A signed-in read (GET): 401 without a session. */
export function restRead(deps: RestDeps, handler: (call: RestCall) => Promise<void>): Handler {
  return readRoute(async (req, res, ctx) => {
    const userId = await signedInUser(req, res, deps);
    await mapped(() => handler({ req, res, ctx, userId }));
  });
}

/** A public read (no session needed). */
export function publicRead(handler: (call: Omit<RestCall, 'userId'>) => Promise<void>): Handler {
  return readRoute(async (req, res, ctx) => mapped(() => handler({ req, res, ctx })));
}

/**
 * A signed-in write: the mutation guard (same origin 403, JSON 415, 1 MiB 413, zod 400), then the
 * session (401); library refusals become 404/409/400 and an unsaved write 503.
 */
export function restWrite<S extends z.ZodType>(deps: RestDeps, schema: S, handler: (call: RestCall, body: z.output<S>) => Promise<void>): Handler {
  return mutationRoute({ site: deps.site, limitBytes: REST_BODY_LIMIT_BYTES }, schema, async (req, res, ctx, body) => {
    if (!isStorableText(body)) throw new HttpError(400, ErrorCode.validation, 'Text may not contain NUL characters or unpaired surrogates.');
    const userId = await signedInUser(req, res, deps);
    await mapped(() => handler({ req, res, ctx, userId }, body));
  });
}
