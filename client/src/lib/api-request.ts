import type { z } from 'zod';
import { ErrorBody, type ErrorCode } from '../../../shared/errors.ts';

/** A failed API call: the server's error code and message, or `network` when it could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network' | 'unexpected';

  constructor(status: number, code: ApiError['code'], message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** One call to our own API with the session cookie; a 2xx answer's JSON is parsed with `schema`. */
export async function apiJson<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.output<S>> {
  const response = await send(method, path, body);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError(response.status, 'unexpected', 'MetMap answered in a way this version does not understand. Reload the page.');
  return parsed.data;
}

/** One call whose answer carries nothing we need (204, 202). */
export async function apiSend(method: string, path: string, body?: unknown): Promise<void> {
  await send(method, path, body);
}

/** State-changing requests always send a JSON body (`{}` at least): the server accepts JSON only. */
async function send(method: string, path: string, body: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach MetMap. Check your connection and try again.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, 'unexpected', `Something went wrong (HTTP ${response.status}). Try again.`);
}
