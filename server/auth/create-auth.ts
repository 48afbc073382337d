import type { OAuthProviderName } from '../../shared/auth/auth-api.ts';
import { authRoutes } from '../../shared/auth/auth-api.ts';
import type { Database } from '../db/database.ts';
import { siteOrigin } from '../guards/site-origin.ts';
import type { Logger } from '../logger.ts';
import type { AuthDeps } from './auth-deps.ts';
import { clientIpResolver } from './client-ip.ts';
import { systemClock, type Clock } from './clock.ts';
import { deleteStaleEmailTokens } from './email-token-store.ts';
import { logMailer } from './mail/log-mailer.ts';
import type { Mailer } from './mail/mailer.ts';
import { smtpMailer } from './mail/smtp-mailer.ts';
import { githubProvider } from './oauth/github-provider.ts';
import { googleProvider } from './oauth/google-provider.ts';
import type { OAuthClientConfig, OAuthProvider } from './oauth/oauth-provider.ts';
import { deleteExpiredOAuthStates } from './oauth/oauth-state-store.ts';
import type { BucketStore } from './rate-limit/bucket-store.ts';
import { memoryBucketStore } from './rate-limit/memory-bucket-store.ts';
import { authRateLimiters, defaultAuthRatePolicies, type AuthRatePolicies, type OnRateLimited } from './rate-limit/rate-limiter.ts';
import { redisBucketStore } from './rate-limit/redis-bucket-store.ts';
import { cookiePolicyFor } from './session-cookie.ts';
import { SessionEvents } from './session-events.ts';
import { deleteExpiredSessions } from './session-store.ts';
import { createSessionManager, type SessionManager } from './sessions.ts';

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export type AuthOptions = {
  db: Database;
  log: Logger;
  publicUrl: string | undefined;
  /** The port the server listens on, read once it listens (for the origin when PUBLIC_URL is unset). */
  port: () => number;
  redisUrl?: string | undefined;
  smtpUrl?: string | undefined;
  mailFrom: string;
  clientIpHeader?: string | undefined;
  /** Counts refused attempts per limit (metrics). */
  onRateLimited?: OnRateLimited;
  oauth: { google?: OAuthClientConfig | undefined; github?: OAuthClientConfig | undefined };
  /** Tests: a clock they move, a mailer they read, limits they choose. */
  clock?: Clock;
  mailer?: Mailer;
  ratePolicies?: Partial<AuthRatePolicies>;
};

/** The auth services of one server: what the routes need, and what the WebSocket layer reuses. */
export type Auth = {
  deps: AuthDeps;
  /** validateSessionToken / sessionFromRequest / onSessionsEnded, for the WebSocket layer. */
  sessions: SessionManager;
  /** Removes expired sessions, OAuth states and used or expired email tokens (also runs hourly). */
  sweep(): Promise<void>;
  close(): Promise<void>;
};

/** No PUBLIC_URL, or one on this machine: emailed links may go to the log, since nobody else reads it. */
function isDevelopmentSite(publicUrl: string | undefined): boolean {
  return publicUrl === undefined || ['localhost', '127.0.0.1', '[::1]'].includes(new URL(publicUrl).hostname);
}

export function createAuth(options: AuthOptions): Auth {
  const { db, log } = options;
  const clock = options.clock ?? systemClock;
  const site = siteOrigin(options.publicUrl, options.port);
  const cookiePolicy = cookiePolicyFor(options.publicUrl);
  const events = new SessionEvents((error) => log.error({ err: error }, 'a sessions-ended listener threw'));
  const sessions = createSessionManager({ db, clock, events, cookiePolicy });
  const store: BucketStore = options.redisUrl ? redisBucketStore(options.redisUrl) : memoryBucketStore();
  const mailer =
    options.mailer ?? (options.smtpUrl ? smtpMailer(options.smtpUrl, options.mailFrom) : logMailer(log, { includeBody: isDevelopmentSite(options.publicUrl) }));

  const oauthProviders = new Map<OAuthProviderName, OAuthProvider>();
  const redirectUri = (name: OAuthProviderName) => () => `${site.publicOrigin()}${authRoutes.oauthCallback(name)}`;
  if (options.oauth.google) oauthProviders.set('google', googleProvider(options.oauth.google, redirectUri('google')));
  if (options.oauth.github) oauthProviders.set('github', githubProvider(options.oauth.github, redirectUri('github')));

  const pending = new Set<Promise<void>>();
  const runAfterResponse = (task: () => Promise<void>) => {
    const running = task()
      .catch((error: unknown) => log.error({ err: error }, 'background auth task failed'))
      .finally(() => pending.delete(running));
    pending.add(running);
  };

  const deps: AuthDeps = {
    db,
    clock,
    log,
    site,
    cookiePolicy,
    sessions,
    limits: authRateLimiters(store, clock, { ...defaultAuthRatePolicies, ...options.ratePolicies }, options.onRateLimited),
    mailer,
    oauthProviders,
    clientIp: clientIpResolver(options.clientIpHeader),
    runAfterResponse,
  };

  const sweep = async () => {
    const now = clock();
    const [expiredSessions, staleTokens, expiredStates] = [
      await deleteExpiredSessions(db, now),
      await deleteStaleEmailTokens(db, now),
      await deleteExpiredOAuthStates(db, now),
    ];
    log.debug({ expiredSessions, staleTokens, expiredStates }, 'auth sweep');
  };
  const timer = setInterval(() => void sweep().catch((error: unknown) => log.warn({ err: error }, 'auth sweep failed')), SWEEP_INTERVAL_MS);
  timer.unref();

  return {
    deps,
    sessions,
    sweep,
    async close() {
      clearInterval(timer);
      await Promise.allSettled(pending);
      await Promise.allSettled([store.close(), mailer.close()]);
    },
  };
}
