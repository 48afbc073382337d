import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { pathTo } from '../../shared/rest/api-paths.ts';
import { REST_BODY_LIMIT_BYTES } from '../../shared/rest/limits.ts';
import { apiOperations, type ApiOperation } from '../../server/rest/api-operations.ts';
import { isStorableText } from '../../server/rest/storable-text.ts';
import type { prng } from '../sync/prng.ts';
import type { LibraryFixture } from './library-fixture.ts';

type Random = ReturnType<typeof prng>;

/** One generated request that must be refused, and the status it must be refused with. */
export type InvalidRequest = {
  kind: string;
  method: string;
  path: string;
  /** `session`: the user's cookie; `none`: no cookie; `forged`: a random token. */
  session: 'session' | 'none' | 'forged';
  headers: Record<string, string>;
  noOrigin?: boolean;
  body?: string;
  /** Send the body as a stream (no content-length). */
  streamed?: boolean;
  expected: number;
};

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Bodies the routes would accept (with valid ids), so that only the one broken part makes a request invalid. */
function validBody(op: ApiOperation, f: LibraryFixture): unknown {
  switch (op.operationId) {
    case 'createSong':
      return { title: 'Fuzz' };
    case 'updateSong':
      return { title: 'Fuzz 2', tempoMap: [] };
    case 'createSection':
      return { name: 'Fuzz', chords: [{ bar: 1, beat: 1, root: 'C' }] };
    case 'updateSection':
      return { name: 'Fuzz', chords: [] };
    case 'createPracticeSession':
      return { songId: f.songId, startedAt: 1 };
    case 'updatePracticeSession':
      return { rating: 3 };
    case 'putPreferences':
      return { preferences: { theme: 'dark' } };
    case 'createShareLink':
      return { expiresIn: '1d' };
    default:
      return {};
  }
}

/** Valid values of a route's parameters, owned by the fixture's user. */
function validParams(op: ApiOperation, f: LibraryFixture): Record<string, string> {
  const id =
    op.path.startsWith('/api/sections') ? f.sectionId
    : op.path.startsWith('/api/practice-sessions') ? f.practiceSessionId
    : op.path.startsWith('/api/share-links') ? f.shareLinkId
    : f.songId;
  return { id, token: f.shareToken, pointId: f.pointId, songId: f.songId, restoreId: f.restoreId };
}

const BAD_PARAMS = [
  'x',
  '999999999',
  'null',
  "' OR '1'='1",
  '1; DROP TABLE songs',
  'A0B5C8A4-9D1F-4C1A-8E2B-3F4A5B6C7D8E',
  '{0b5c8a4e-9d1f-4c1a-8e2b-3f4a5b6c7d8e}',
  '00000000-0000-0000-0000-000000000000',
  ' 0b5c8a4e-9d1f-4c1a-8e2b-3f4a5b6c7d8e',
  'a/b',
  '\u0000',
  '💥',
  '-1',
  '99999999999999999999',
  'abcdefghijklmnopqrstuvwxyz23456',
];

const BAD_VALUES: unknown[] = [null, true, -1, 1.5, 1e308, -1e308, '', ' ', 'x'.repeat(20_001), [], {}, [null], { a: 1 }, '\u0000', 'a\ud800', 'NaN', '2026-13-45T99:99:99Z'];

function badParam(random: Random): string {
  return random.next() < 0.3 ? randomUUID() : random.pick(BAD_PARAMS);
}

/** An own property even for "__proto__", so that JSON.stringify sends it. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutateBody(random: Random, valid: unknown, schema: z.ZodType): unknown {
  for (let attempt = 0; attempt < 20; attempt++) {
    const body: Record<string, unknown> = typeof valid === 'object' && valid !== null ? { ...valid } : {};
    const keys = Object.keys(body);
    const roll = random.int(6);
    let candidate: unknown = body;
    if (roll === 0) candidate = random.pick([[], 'text', 42, null, true, [body]]);
    else if (roll === 1) setOwn(body, random.pick(['unknown', '__proto__', 'constructor', 'userId', 'user_id', 'deletedAt']), random.pick(BAD_VALUES));
    else if (roll === 2 && keys.length > 0) delete body[random.pick(keys)];
    else if (roll === 3) {
      const shape = 'shape' in schema && typeof schema.shape === 'object' && schema.shape !== null ? Object.keys(schema.shape) : keys;
      if (shape.length > 0) body[random.pick(shape)] = random.pick(BAD_VALUES);
    } else if (roll === 4 && keys.length > 0) body[random.pick(keys)] = random.pick(BAD_VALUES);
    else body[random.pick(keys.length > 0 ? keys : ['title'])] = { nested: Array.from({ length: 50 }, () => ({})) };
    if (!schema.safeParse(candidate).success || !isStorableText(candidate)) return candidate;
  }
  return 'not an object';
}

const BAD_QUERIES: Record<string, string[]> = {
  listSongs: ['limit=0', 'limit=101', 'limit=-1', 'limit=abc', 'limit=1e2', 'sort=bogus', 'order=up', 'q=', `q=${'a'.repeat(201)}`, 'tag=', 'cursor=%%%', 'cursor=abc', 'cursor=eyJsIjoiIiwidiI6IiIsImlkIjoiIn0', 'bogus=1', 'q=a&q=b', 'q=%00', '__proto__=1'],
  listPracticeSessions: ['from=yesterday', 'from=0000-01-01T00:00:00Z', 'to=2026-13-01T00:00:00Z', 'songId=x', 'limit=1000', 'cursor=x', 'songId=%00', 'from=2026-01-01', 'page=2'],
};

/** One invalid request against a random route, with the status it must get (seeded). */
export function invalidRequest(random: Random, f: LibraryFixture): InvalidRequest {
  const op = random.pick(apiOperations.filter((o) => o.operationId !== 'getOpenApi'));
  const params = validParams(op, f);
  const mutation = op.method !== 'GET';
  const valid = op.body ? JSON.stringify(validBody(op, f)) : undefined;
  const headers: Record<string, string> = mutation ? { 'content-type': 'application/json' } : {};
  const base = { method: op.method, path: pathTo(op.path, params), session: 'session' as const, headers, body: valid };
  const kinds = [
    ...(op.auth === 'session' ? ['no-session', 'forged-session'] : []),
    ...(mutation ? ['cross-site', 'content-type', 'malformed-json', 'too-large', 'schema'] : []),
    ...(op.params ? ['bad-param'] : []),
    ...(op.query ? ['bad-query'] : []),
    ...(op.params?.token ? ['gone-token'] : []),
    'wrong-method',
  ];
  const kind = random.pick(kinds);
  switch (kind) {
    case 'no-session':
      return { ...base, kind, session: 'none', expected: 401 };
    case 'forged-session':
      return { ...base, kind, session: 'forged', expected: 401 };
    case 'cross-site': {
      const variant = random.int(3);
      if (variant === 0) return { ...base, kind, headers: { ...base.headers, origin: 'https://evil.example' }, expected: 403 };
      if (variant === 1) return { ...base, kind, noOrigin: true, expected: 403 };
      return { ...base, kind, headers: { ...base.headers, 'sec-fetch-site': 'cross-site' }, expected: 403 };
    }
    case 'content-type':
      return { ...base, kind, headers: { 'content-type': random.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) }, expected: 415 };
    case 'malformed-json':
      return { ...base, kind, body: random.pick(['{', '{"title":', "{'a':1}", '[1,]', 'undefined', '\u0000', '{"a":1}}', '']), expected: 400 };
    case 'too-large':
      return { ...base, kind, body: JSON.stringify({ title: 'x'.repeat(REST_BODY_LIMIT_BYTES) }), streamed: random.next() < 0.5, expected: 413 };
    case 'schema':
      if (!op.body) throw new Error(`${op.operationId} has no body schema`);
      return { ...base, kind, body: JSON.stringify(mutateBody(random, validBody(op, f), op.body)), expected: 400 };
    case 'bad-param': {
      const names = Object.keys(op.params ?? {});
      const name = random.pick(names);
      let value = badParam(random);
      while (value === params[name]) value = badParam(random);
      return { ...base, kind, path: pathTo(op.path, { ...params, [name]: value }), expected: 404 };
    }
    case 'gone-token':
      return { ...base, kind, path: pathTo(op.path, { ...params, token: f.revokedToken }), expected: 410 };
    case 'bad-query':
      return { ...base, kind, path: `${base.path}?${random.pick(BAD_QUERIES[op.operationId] ?? ['limit=0'])}`, expected: 400 };
    default: {
      const allowed = new Set(apiOperations.filter((o) => o.path === op.path).map((o) => o.method));
      const method = random.pick(METHODS.filter((m) => !allowed.has(m)));
      return { ...base, kind: 'wrong-method', method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}', expected: 405 };
    }
  }
}
