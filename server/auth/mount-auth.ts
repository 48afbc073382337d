import { registerAccountRoutes } from '../account/register-account-routes.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Router } from '../http/router.ts';
import type { Logger } from '../logger.ts';
import { createAuth, type Auth, type AuthOptions } from './create-auth.ts';
import type { OnRateLimited } from './rate-limit/rate-limiter.ts';
import { registerAuthRoutes } from './register-auth-routes.ts';

/** What tests may replace in the auth services: the clock, the mailer, the rate limits. */
export type AuthTestHooks = Pick<AuthOptions, 'clock' | 'mailer' | 'ratePolicies'>;

/** Creates the auth services from the config and mounts `/api/auth/*` and `/api/account*` on the router. */
export function mountAuth(args: {
  router: Router;
  config: Config;
  db: Database;
  log: Logger;
  port: () => number;
  onRateLimited?: OnRateLimited;
  hooks?: AuthTestHooks;
}): Auth {
  const { config } = args;
  const auth = createAuth({
    db: args.db,
    log: args.log,
    publicUrl: config.publicUrl,
    port: args.port,
    redisUrl: config.redisUrl,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    clientIpHeader: config.clientIpHeader,
    oauth: config.oauth,
    onRateLimited: args.onRateLimited,
    ...args.hooks,
  });
  registerAuthRoutes(args.router, auth.deps);
  registerAccountRoutes(args.router, auth.deps);
  return auth;
}
