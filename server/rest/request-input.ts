import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { HttpError } from '../guards/http-error.ts';
import type { RequestContext } from '../http/router.ts';
import { isStorableText } from './storable-text.ts';

/** A path parameter parsed by `schema`; anything else is a 404 (an id that cannot exist is simply not found). */
export function pathParam<S extends z.ZodType>(ctx: RequestContext, name: string, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(ctx.params[name]);
  if (!parsed.success) throw new HttpError(404, ErrorCode.notFound, `No such ${what}.`);
  return parsed.data;
}

/** The query string parsed by a strict `schema`: unknown or repeated parameters are a 400. */
export function queryOf<S extends z.ZodType>(ctx: RequestContext, schema: S): z.output<S> {
  const pairs = [...ctx.url.searchParams];
  if (new Set(pairs.map(([key]) => key)).size !== pairs.length) throw new HttpError(400, ErrorCode.validation, 'Give each query parameter once.');
  if (!pairs.every(([key, value]) => isStorableText(key) && isStorableText(value))) {
    throw new HttpError(400, ErrorCode.validation, 'Query text may not contain NUL characters or unpaired surrogates.');
  }
  // fromEntries defines own properties, so a "__proto__" parameter is an unknown key, not a prototype.
  const parsed = schema.safeParse(Object.fromEntries(pairs));
  if (!parsed.success) {
    // Named by the schema's own keys only: the request's text is never echoed back.
    const issue = parsed.error.issues[0];
    if (!issue || issue.code === 'unrecognized_keys') throw new HttpError(400, ErrorCode.validation, 'Unknown query parameter.');
    throw new HttpError(400, ErrorCode.validation, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
