import { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { EpochMsSchema, UUID_PATTERN } from '../../shared/library/index.ts';
import { HttpError } from '../guards/http-error.ts';
import { isStorableText } from './storable-text.ts';

/** Where a page ended: the listing it belongs to (sort and filters), the last row's sort value and id. */
export const CursorSchema = z.strictObject({
  /** Fingerprint of the listing (sort, order, filters): a cursor only continues the listing it came from. */
  l: z.string().max(300),
  v: z.string().max(300),
  id: z.string().regex(UUID_PATTERN),
});
export type Cursor = z.infer<typeof CursorSchema>;

/** An opaque, URL-safe continuation token. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

// A cursor comes back from the client, so its value is checked before it reaches SQL as a parameter.
const VALUE_SCHEMAS = {
  text: z.string().refine(isStorableText),
  timestamp: z.iso.datetime().refine((text) => EpochMsSchema.safeParse(Date.parse(text)).success),
} as const;

/** The cursor a client sent back; 400 when it is not one of ours or belongs to another listing. */
export function decodeCursor(text: string, listing: string, value: keyof typeof VALUE_SCHEMAS): Cursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = CursorSchema.safeParse(json);
  if (!parsed.success || parsed.data.l !== listing || !VALUE_SCHEMAS[value].safeParse(parsed.data.v).success) {
    throw new HttpError(400, ErrorCode.validation, 'cursor: not a cursor of this listing (keep the same filters and sort while paging).');
  }
  return parsed.data;
}
