import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { restPaths } from '../../shared/rest/api-paths.ts';
import { apiOperations } from '../../server/rest/api-operations.ts';
import { createRestHarness, expectStatus, type RestHarness } from './rest-harness.ts';

let h: RestHarness;
beforeAll(async () => {
  h = await createRestHarness();
});
afterAll(() => h.close());

const OpenApiDocument = z.object({
  openapi: z.literal('3.1.0'),
  paths: z.record(z.string(), z.record(z.string(), z.object({ operationId: z.string(), responses: z.record(z.string(), z.unknown()) }).passthrough())),
  components: z.object({ schemas: z.object({ ErrorBody: z.object({}).passthrough() }).passthrough() }).passthrough(),
});

describe('OpenAPI document', () => {
  it('REST6: GET /api/openapi.json is public and documents every route of the library API, with schemas made from the zod schemas', async () => {
    const text = await (await h.anonymous().request('GET', restPaths.openapi)).text();
    const document = OpenApiDocument.parse(JSON.parse(text));
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const registered = Object.values(restPaths).length;
    expect(new Set(apiOperations.map((op) => op.path)).size).toBe(registered);
    expect(documented.sort()).toEqual(apiOperations.map((op) => `${op.method} ${op.path.replace(/:([A-Za-z]+)/g, '{$1}')}`).sort());
    const createSong = document.paths['/api/songs']?.post;
    const body = JSON.stringify(createSong);
    expect(body).toContain('"maxLength":200');
    expect(body).toContain('"additionalProperties":false');
    expect(Object.keys(createSong?.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '401', '403', '413', '415']));
  });

  it('REST6: every documented operation is routed (never the router’s 404 or 405)', async () => {
    const { api } = await h.user();
    for (const op of apiOperations) {
      const path = op.path.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'token' ? 'a'.repeat(32) : name === 'pointId' ? '1' : crypto.randomUUID()));
      const response = op.method === 'GET' ? await api.request('GET', path) : await api.json(op.method, path, {});
      const text = await response.text();
      expect(response.status, `${op.method} ${op.path}`).not.toBe(405);
      expect(text, `${op.method} ${op.path}`).not.toContain('No such API route');
    }
    await expectStatus(await api.request('GET', restPaths.songs), 200);
  });
});
