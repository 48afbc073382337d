import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { HttpError } from '../guards/http-error.ts';
import type { RequestContext } from '../http/router.ts';

/** A path parameter parsed by `schema`; anything else is a 404 (an id that cannot exist is simply not found). */
export function pathParam<S extends z.ZodType>(ctx: RequestContext, name: string, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(ctx.params[name]);
  if (!parsed.success) throw new HttpError(404, ErrorCode.notFound, `No such ${what}.`);
  return parsed.data;
}

/** The query string parsed by a strict `schema`: unknown or repeated parameters are a 400. */
export function queryOf<S extends z.ZodType>(ctx: RequestContext, schema: S): z.output<S> {
  const entries: Record<string, string> = {};
  for (const [key, value] of ctx.url.searchParams) {
    if (Object.hasOwn(entries, key)) throw new HttpError(400, ErrorCode.validation, 'Give each query parameter once.');
    entries[key] = value;
  }
  const parsed = schema.safeParse(entries);
  if (!parsed.success) {
    // Named by the schema's own keys only: the request's text is never echoed back.
    const issue = parsed.error.issues[0];
    if (!issue || issue.code === 'unrecognized_keys') throw new HttpError(400, ErrorCode.validation, 'Unknown query parameter.');
    throw new HttpError(400, ErrorCode.validation, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
