import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('AUTH8: a client still sending a too-large body reads the 413, not a reset connection', async () => {
    const limit = 64 * 1024;
    const server = createServer((req, res) => {
      readJsonBody(req, Schema, limit).then(
        () => res.writeHead(200).end(),
        (error: unknown) => res.writeHead(error instanceof HttpError ? error.status : 500, { connection: 'close' }).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const body = JSON.stringify({ name: 'x'.repeat(limit + 5_000) });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        // Declared length, then a chunked stream the server can only judge while reading.
        const declared = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const streamed = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Blob([body]).stream(),
          duplex: 'half',
        } as RequestInit);
        statuses.push(declared.status, streamed.status);
      }
      expect(new Set(statuses)).toEqual(new Set([413]));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);
});
