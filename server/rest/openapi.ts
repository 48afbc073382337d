import { z } from 'zod';
import { ErrorBody } from '../../shared/errors.ts';
import { apiOperations, type ApiOperation } from './api-operations.ts';

type JsonSchema = Record<string, unknown>;

/** Request schemas are documented as clients send them (defaults optional), answers as the server sends them. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, query or body that fails validation',
  401: 'Not signed in',
  403: 'Cross-site request',
  404: 'No such item in your library',
  409: 'Conflicts with the library (id taken, newer schema, already undone)',
  410: 'The link expired or was revoked',
  413: 'Body over 1 MiB',
  415: 'Body not sent as application/json',
  503: 'The library could not be saved right now',
};

function errorStatuses(op: ApiOperation): number[] {
  const statuses = new Set(op.errors ?? []);
  if (op.auth === 'session') statuses.add(401);
  if (op.query || op.body) statuses.add(400);
  if (op.body) [403, 413, 415, 503].forEach((status) => statuses.add(status));
  return [...statuses].sort();
}

function operationObject(op: ApiOperation) {
  const parameters = [
    ...Object.entries(op.params ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema: jsonSchema(schema, 'input') })),
    ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({ name, in: 'query', required: false, schema: jsonSchema(schema, 'input') })),
  ];
  const responses: Record<string, unknown> = {
    [String(op.success.status)]: {
      description: op.success.status === 204 ? 'Done' : 'OK',
      ...(op.success.schema ? { content: { 'application/json': { schema: jsonSchema(op.success.schema, 'output') } } } : {}),
    },
  };
  for (const status of errorStatuses(op)) {
    responses[String(status)] = { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.auth === 'public' ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    responses,
  };
}

/** `:name` → `{name}`. */
function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** The OpenAPI 3.1 document of the library API, generated from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument(serverUrl: string, sessionCookie: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations) {
    const path = openApiPath(op.path);
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationObject(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'MetMap library API',
      version: '1',
      description:
        'Songs, sections, practice sessions, preferences, share links and history. Reads come from the relational projections; ' +
        'writes go into the user’s Yjs document, so every connected device sees them live, and the answer already reflects them. ' +
        'State-changing requests need a same-origin Origin header and a JSON body ({} when there is nothing to send).',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } },
      schemas: { ErrorBody: jsonSchema(ErrorBody, 'output') },
    },
    security: [{ session: [] }],
    paths,
  };
}
