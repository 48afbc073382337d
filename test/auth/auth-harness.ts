import { onTestFinished } from 'vitest';
import { UserResponse } from '../../shared/auth/auth-api.ts';
import { manualClock } from '../../server/auth/clock.ts';
import { memoryMailer, type MemoryMailer } from '../../server/auth/mail/memory-mailer.ts';
import type { AuthRatePolicies } from '../../server/auth/rate-limit/rate-limiter.ts';
import { parseConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap, type RunningMetMap } from '../../server/start-metmap.ts';
import { createTestDatabase } from '../db.ts';
import { cookieClient, type CookieClient } from './cookie-client.ts';

export type AuthHarness = {
  app: RunningMetMap;
  clock: ReturnType<typeof manualClock>;
  mailer: MemoryMailer;
  /** A fresh browser-like client (own cookie jar) that sends our Origin. */
  client(): CookieClient;
  /** Signs a new user up through the API; returns the client holding its session. */
  signUp(email: string, password?: string, name?: string): Promise<{ client: CookieClient; userId: string }>;
  /** Polls the captured mail for the newest message to `to` (mail may be sent after the answer). */
  waitForMail(to: string, count?: number): Promise<string>;
};

export const GOOD_PASSWORD = 'correct horse battery staple';

/**
 * A real MetMap server on port 0 with a fresh test database (PGlite, or PostgreSQL when
 * TEST_DATABASE_URL is set), a manual clock and a capturing mailer; stopped when the test ends.
 */
export async function startAuthHarness(
  options: { config?: Partial<Config>; ratePolicies?: Partial<AuthRatePolicies> } = {},
): Promise<AuthHarness> {
  const testDb = await createTestDatabase();
  const clock = manualClock(Date.now());
  const mailer = memoryMailer();
  const config = { ...parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CLIENT_DIR: 'does-not-exist' }), ...options.config };
  // Generous defaults so tests that are not about rate limits never meet one.
  const loose = { capacity: 1_000, refillIntervalMs: 1_000 };
  const ratePolicies: Partial<AuthRatePolicies> = {
    signInPerIp: loose,
    signUpPerIp: loose,
    resetRequestPerIp: loose,
    resetRequestPerEmail: loose,
    tokenRedeemPerIp: loose,
    verificationResendPerUser: loose,
    ...options.ratePolicies,
  };
  const app = await startMetMap({ config, log: createLogger('silent'), db: testDb.db, authHooks: { clock, mailer, ratePolicies } });
  onTestFinished(async () => {
    await app.close();
    await testDb.cleanup();
  });

  const client = () => cookieClient(app.url);
  const waitForMail = async (to: string, count = 1) => {
    for (let i = 0; i < 500; i++) {
      const messages = mailer.messages.filter((m) => m.to === to);
      const last = messages[count - 1];
      if (last) return last.text;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no mail #${count} to ${to}`);
  };
  return {
    app,
    clock,
    mailer,
    client,
    waitForMail,
    async signUp(email, password = GOOD_PASSWORD, name) {
      const c = client();
      const response = await c.json('POST', '/api/auth/signup', { email, password, name });
      if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
      const { user } = UserResponse.parse(await response.json());
      return { client: c, userId: user.id };
    },
  };
}

/** The token in an emailed link (`…#token=…`). */
export function tokenFromMail(text: string): string {
  const match = /#token=([a-z2-7]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return match[1];
}
