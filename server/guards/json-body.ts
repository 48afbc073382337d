import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { HttpError } from './http-error.ts';

/** Auth and account bodies are a few hundred bytes; REST routes may pass a larger limit. */
export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024;

/** True for `application/json` with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads and parses a JSON body with `schema`: 415 unless it is declared JSON, 413 past `limitBytes`
 * (checked on the declared length and while reading), 400 for malformed JSON or a schema violation.
 */
export async function readJsonBody<S extends z.ZodType>(req: IncomingMessage, schema: S, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<z.output<S>> {
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new HttpError(415, ErrorCode.unsupportedMediaType, 'Send the body as application/json.');
  }
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limitBytes) {
    if (declared <= limitBytes + DRAIN_LIMIT_BYTES) await discard(req);
    throw tooLarge();
  }
  const text = await readText(req, limitBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, ErrorCode.badRequest, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(400, ErrorCode.validation, parsed.error.issues[0]?.message ?? 'The request body is not valid.');
  }
  return parsed.data;
}

/**
 * How much of a too-large body is read and thrown away before the 413 is sent. A client is usually
 * still sending when the answer is ready; closing a socket with unread bytes resets it, and the client
 * then sees a network error instead of the 413. Past this much the connection is cut.
 */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

function tooLarge(): HttpError {
  return new HttpError(413, ErrorCode.payloadTooLarge, 'The request body is too large.', { connection: 'close' });
}

/** Reads the body to its end (its length was declared and is bounded). */
async function discard(req: IncomingMessage): Promise<void> {
  for await (const chunk of req) void chunk;
}

async function readText(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    // Leaving the loop destroys the request and its socket: only for a body far past the limit.
    if (size > limitBytes + DRAIN_LIMIT_BYTES) throw tooLarge();
    if (size <= limitBytes) chunks.push(buffer);
  }
  if (size > limitBytes) throw tooLarge();
  return Buffer.concat(chunks).toString('utf8');
}
