import { z } from 'zod';
import { EpochMsSchema, UUID_PATTERN } from '../library/index.ts';

/** Timestamps in API answers: ISO-8601 UTC strings. */
export const IsoTimestamp = z.iso.datetime();

/** An entity id in a path or body: a lowercase canonical UUID. */
export const ApiId = z.string().regex(UUID_PATTERN, 'expected a lowercase canonical UUID');

/** A body-less state-changing request still sends `{}` (the server accepts JSON bodies only). */
export const EmptyBody = z.strictObject({});
export type EmptyBody = z.infer<typeof EmptyBody>;

/** `limit` query parameter: 1–100 items per page, 50 by default. */
export const PageLimit = z
  .string()
  .regex(/^[0-9]{1,3}$/, 'expected a whole number')
  .transform(Number)
  .pipe(z.int().min(1).max(100))
  .optional();

export const DEFAULT_PAGE_LIMIT = 50;

/** An opaque continuation token from a previous page's `nextCursor`. */
export const PageCursor = z.string().min(1).max(512).regex(/^[A-Za-z0-9_-]+$/, 'not a cursor from this API').optional();

/** An instant in a query, as an ISO-8601 timestamp (1970–9999); parsed to epoch milliseconds. */
export const QueryTimestamp = z.iso
  .datetime({ offset: true })
  .transform((text) => Date.parse(text))
  .pipe(EpochMsSchema)
  .optional();
