import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/errors.ts';
import { cookiePolicyFor, sessionCookieName } from '../../server/auth/session-cookie.ts';
import { hashSecretToken } from '../../server/auth/secret-token.ts';
import { prng } from '../sync/prng.ts';
import { invalidRequest, type InvalidRequest } from './invalid-requests.ts';
import { buildLibraryFixture, libraryView, type LibraryFixture } from './library-fixture.ts';
import { createRestHarness, type ApiUser, type RestHarness } from './rest-harness.ts';

const REQUESTS = 5_000;
const PARALLEL = 8;

/** REST_FUZZ_SEED=<n> replays a run; otherwise a fresh seed, printed. */
function fuzzSeed(): number {
  const pinned = Number(process.env.REST_FUZZ_SEED);
  return Number.isSafeInteger(pinned) && pinned > 0 ? pinned : 1 + Math.floor(Math.random() * 2 ** 31);
}

const STACK_TRACE = /\n\s+at |\bat [\w$.<>]+ \(|\.ts:\d+|node_modules|Error:/;
const SQL = /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|syntax error|violates|relation "|column "|duplicate key|invalid input syntax|\bpg_|postgres/i;

let h: RestHarness;
let owner: ApiUser;
let other: ApiUser;
let fixture: LibraryFixture;
beforeAll(async () => {
  h = await createRestHarness();
  owner = await h.user();
  other = await h.user();
  fixture = await buildLibraryFixture(h, owner);
}, 120_000);
afterAll(() => h.close());

async function send(request: InvalidRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...request.headers };
  if (!request.noOrigin && headers.origin === undefined) headers.origin = h.app.url;
  const cookieName = sessionCookieName(cookiePolicyFor(undefined));
  if (request.session === 'session') headers.cookie = `${cookieName}=${owner.token}`;
  if (request.session === 'forged') headers.cookie = `${cookieName}=${'a'.repeat(32)}`;
  const body = request.streamed && request.body !== undefined ? Readable.toWeb(Readable.from([Buffer.from(request.body)])) : request.body;
  const response = await fetch(new URL(request.path, h.app.url), { method: request.method, headers, body, duplex: 'half' } as RequestInit);
  return { status: response.status, text: await response.text() };
}

describe('invalid requests', () => {
  it(`REST4: ${REQUESTS} generated invalid requests across every route: each refused with its 4xx and the shared error body; no 5xx, stack trace, SQL or token`, async () => {
    const seed = fuzzSeed();
    console.log(`REST4 invalid-request fuzz: seed ${seed} (replay: REST_FUZZ_SEED=${seed})`);
    const random = prng(seed);
    const before = await libraryView(owner, fixture);
    const otherBefore = await libraryView(other, fixture).catch(() => null);
    const secrets = [owner.token, other.token, fixture.shareToken, fixture.revokedToken, hashSecretToken(owner.token), hashSecretToken(fixture.shareToken)];
    const requests = Array.from({ length: REQUESTS }, () => invalidRequest(random, fixture));
    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    const failures: string[] = [];
    const started = performance.now();
    for (let i = 0; i < requests.length; i += PARALLEL) {
      const batch = requests.slice(i, i + PARALLEL);
      const answers = await Promise.all(batch.map(send));
      answers.forEach(({ status, text }, j) => {
        const request = batch[j];
        if (!request) return;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        const what = `#${i + j} ${request.kind} ${request.method} ${request.path.slice(0, 120)} → ${status}`;
        if (status !== request.expected) failures.push(`${what} (expected ${request.expected}): ${text.slice(0, 200)}`);
        if (!ErrorBody.safeParse(safeJson(text)).success) failures.push(`${what}: not the shared error body: ${text.slice(0, 200)}`);
        if (STACK_TRACE.test(text)) failures.push(`${what}: stack trace in ${text.slice(0, 200)}`);
        if (SQL.test(text)) failures.push(`${what}: SQL in ${text.slice(0, 200)}`);
        if (secrets.some((secret) => text.includes(secret))) failures.push(`${what}: a token in the body`);
      });
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`REST4: ${REQUESTS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; kinds ${JSON.stringify(Object.fromEntries([...kinds].sort()))}`);
    if (failures.length > 0) console.error(`seed ${seed}: ${failures.length} failures, first ones:\n${failures.slice(0, 20).join('\n')}`);
    expect(failures).toEqual([]);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(statuses.size).toBeGreaterThan(6);
    // Nothing the invalid requests touched changed.
    expect(await libraryView(owner, fixture)).toEqual(before);
    expect(await libraryView(other, fixture).catch(() => null)).toEqual(otherBefore);
  }, 600_000);
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
