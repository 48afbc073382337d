import { randomBytes } from 'node:crypto';
import { onTestFinished } from 'vitest';
import { ErrorBody } from '../../shared/errors.ts';
import { manualClock } from '../../server/auth/clock.ts';
import { cookiePolicyFor, sessionCookieName } from '../../server/auth/session-cookie.ts';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap, type RunningMetMap } from '../../server/start-metmap.ts';
import { cookieClient, type CookieClient } from '../auth/cookie-client.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { openDevice, type Device } from '../sync/sync-client.ts';
import { createUserWithSession, FAST_SYNC, type TestUser } from '../sync/sync-harness.ts';

export type ApiUser = TestUser & { api: CookieClient };

export type RestHarness = {
  app: RunningMetMap;
  testDb: TestDatabase;
  /** The auth clock: share-link expiry and the 30-day windows follow it. */
  clock: ReturnType<typeof manualClock>;
  /** A user with a session (made in the database) and a browser-like API client holding its cookie. */
  user(): Promise<ApiUser>;
  /** A fresh session for the user's API client (after the clock moved past the old one's expiry). */
  signInAgain(user: ApiUser): Promise<void>;
  /** A client without a session. */
  anonymous(): CookieClient;
  /** A real @hocuspocus/provider on `name` as the user's other device; destroyed with the harness. */
  device(user: TestUser, name: string): Device;
  close(): Promise<void>;
};

/**
 * A real MetMap server on port 0 (PGlite, or PostgreSQL with TEST_DATABASE_URL), fast sync timings
 * and a manual auth clock. One harness may serve a whole file: every test makes its own users.
 */
export async function createRestHarness(): Promise<RestHarness> {
  const testDb = await createTestDatabase();
  const clock = manualClock(Date.now());
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CLIENT_DIR: 'does-not-exist' });
  const app = await startMetMap({ config, log: createLogger(process.env.REST_TEST_LOG ?? 'silent'), db: testDb.db, authHooks: { clock }, syncOptions: FAST_SYNC });
  const devices = new Set<Device>();
  const cookieName = sessionCookieName(cookiePolicyFor(undefined));
  return {
    app,
    testDb,
    clock,
    async user() {
      const user = await createUserWithSession(app, `r-${randomBytes(6).toString('hex')}@example.com`);
      const api = cookieClient(app.url);
      api.cookies.set(cookieName, user.token);
      return { ...user, api };
    },
    async signInAgain(user) {
      const { token } = await app.auth.sessions.createSession(user.userId);
      user.api.cookies.set(cookieName, token);
    },
    anonymous: () => cookieClient(app.url),
    device(user, name) {
      const device = openDevice({ url: app.url, name, cookie: user.cookie });
      devices.add(device);
      return device;
    },
    async close() {
      devices.forEach((device) => device.destroy());
      await app.close();
      await testDb.cleanup();
    },
  };
}

/** A harness for one test, closed when it ends. */
export async function startRestHarness(): Promise<RestHarness> {
  const harness = await createRestHarness();
  onTestFinished(() => harness.close());
  return harness;
}

/** The body of an answer as JSON, with its status; throws with the body when the status is not `expected`. */
export async function expectStatus(response: Response, expected: number): Promise<unknown> {
  const text = await response.text();
  if (response.status !== expected) throw new Error(`expected ${expected}, got ${response.status}: ${text.slice(0, 500)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** The error code of an answer with the shared error body. */
export async function errorCode(response: Response): Promise<string> {
  return ErrorBody.parse(await response.json()).error.code;
}
