import type { IncomingMessage } from 'node:http';
import type { OAuthProviderName } from '../../shared/auth/auth-api.ts';
import type { Database } from '../db/database.ts';
import type { SiteOrigin } from '../guards/site-origin.ts';
import type { Logger } from '../logger.ts';
import type { Clock } from './clock.ts';
import type { Mailer } from './mail/mailer.ts';
import type { OAuthProvider } from './oauth/oauth-provider.ts';
import type { AuthRateLimiters } from './rate-limit/rate-limiter.ts';
import type { CookiePolicy } from './session-cookie.ts';
import type { SessionManager } from './sessions.ts';

/** Everything the auth and account routes need, created once by createAuth. */
export type AuthDeps = {
  db: Database;
  clock: Clock;
  log: Logger;
  site: SiteOrigin;
  cookiePolicy: CookiePolicy;
  sessions: SessionManager;
  limits: AuthRateLimiters;
  mailer: Mailer;
  oauthProviders: ReadonlyMap<OAuthProviderName, OAuthProvider>;
  clientIp(req: IncomingMessage): string;
  /** Runs work after the answer was sent (e.g. a reset mail); shutdown waits for it. */
  runAfterResponse(task: () => Promise<void>): void;
};
