import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from './http-error.ts';
import { isJsonContentType, readJsonBody } from './json-body.ts';

function request(body: string, headers: Record<string, string>): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(body)]), { headers }) as unknown as IncomingMessage;
}

async function statusOf(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

const Schema = z.object({ name: z.string() });

describe('readJsonBody', () => {
  it('AUTH8: recognises JSON content types only', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    for (const type of [undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/jsonp']) {
      expect(isJsonContentType(type)).toBe(false);
    }
  });

  it('AUTH8: 415 for a non-JSON type, 413 past the limit (declared or streamed), 400 for bad JSON or shape', async () => {
    const json = { 'content-type': 'application/json' };
    expect(await statusOf(readJsonBody(request('{"name":"a"}', { 'content-type': 'text/plain' }), Schema))).toBe(415);
    expect(await statusOf(readJsonBody(request('{"name":"a"}', { ...json, 'content-length': '99999' }), Schema, 100))).toBe(413);
    expect(await statusOf(readJsonBody(request(JSON.stringify({ name: 'x'.repeat(200) }), json), Schema, 100))).toBe(413);
    expect(await statusOf(readJsonBody(request('{"name":', json), Schema))).toBe(400);
    expect(await statusOf(readJsonBody(request('{"name":1}', json), Schema))).toBe(400);
    await expect(readJsonBody(request('{"name":"Ré"}', json), Schema)).resolves.toEqual({ name: 'Ré' });
  });
});
