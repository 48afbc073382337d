import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Auth } from './auth/create-auth.ts';
import { mountAuth, type AuthTestHooks } from './auth/mount-auth.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open-database.ts';
import { runMigrations } from './db/migrate.ts';
import { createAppServer } from './http/app-server.ts';
import { healthHandler } from './http/health.ts';
import { Router } from './http/router.ts';
import { staticClient } from './http/static-client.ts';
import type { Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics/create-metrics.ts';
import { metricsHandler } from './metrics/metrics-route.ts';
import { mountLibraryApi } from './rest/mount-library-api.ts';
import { createSync, type SyncService } from './sync/create-sync.ts';
import type { CollectGarbage } from './sync/idle-collection.ts';
import { syncOptions, type SyncOptions } from './sync/sync-options.ts';

export type RunningMetMap = {
  /** The origin the server answers on, e.g. http://127.0.0.1:3000. */
  url: string;
  port: number;
  db: Database;
  /** Sessions (validateSessionToken, sessionFromRequest, onSessionsEnded) for the WebSocket layer. */
  auth: Auth;
  /** The registry behind GET /metrics and the recorders the parts report to. */
  metrics: Metrics;
  /** Cloud sync at /sync; `withDocument` is how REST writes reach a document (server/sync/SPEC.md). */
  sync: SyncService;
  /** Graceful stop: stop accepting, flush and close sync connections, close the database (if we opened it). */
  close(): Promise<void>;
};

export type StartOptions = {
  config: Config;
  log: Logger;
  /** A database opened by the caller (tests); otherwise one is opened from the config and closed on stop. */
  db?: Database;
  migrationsDir?: string;
  /** Tests: the auth services' clock, mailer and rate limits. */
  authHooks?: AuthTestHooks;
  /** The process entry passes one with process metrics; otherwise a registry of this server's own. */
  metrics?: Metrics;
  /** Tests: shorter sync timings (projection debounce, hold time, session re-checks, …). */
  syncOptions?: Partial<SyncOptions>;
  /** The process entry passes V8's collector when node runs with --expose-gc (SYNC17). */
  collectGarbage?: CollectGarbage | undefined;
};

/** The composition root: creates the database, the HTTP server and the routes, and wires them together. */
export async function startMetMap(options: StartOptions): Promise<RunningMetMap> {
  const { config, log, db: givenDb, migrationsDir, authHooks } = options;
  const metrics = options.metrics ?? createMetrics();
  const db = givenDb ?? (await openDatabase({ databaseUrl: config.databaseUrl, databaseCaCert: config.databaseCaCert, dataDir: config.dataDir }));
  try {
    await runMigrations(db, migrationsDir ?? path.resolve(import.meta.dirname, '..', 'migrations'), log);
  } catch (error) {
    if (!givenDb) await db.close();
    throw error;
  }

  const router = new Router().add('GET', '/healthz', healthHandler(db)).add('GET', '/metrics', metricsHandler(metrics.registry, config.metricsToken));
  let listeningPort = config.port;
  const auth = mountAuth({ router, config, db, log, port: () => listeningPort, onRateLimited: metrics.rateLimit.rejected, hooks: authHooks });
  const server = createAppServer({ router, staticClient: staticClient(config.clientDir), log, metrics: metrics.http });
  const sync = createSync({
    db,
    log,
    sessions: auth.sessions,
    site: auth.deps.site,
    redisUrl: config.redisUrl,
    metrics: metrics.sync,
    rateLimits: metrics.rateLimit,
    collectGarbage: options.collectGarbage,
    options: { ...syncOptions(config.sync), ...options.syncOptions },
  });
  sync.attach(server);
  mountLibraryApi(router, { db, sync, site: auth.deps.site, sessions: auth.sessions, cookiePolicy: auth.deps.cookiePolicy, clock: auth.deps.clock });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  listeningPort = port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      // Stop accepting; upgraded sync sockets keep the HTTP server open until sync.close() ends them.
      const httpClosed = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await sync.close();
      await httpClosed;
      await auth.close();
      if (!givenDb) await db.close();
    })();
    return closing;
  };
  return { url: `http://${host}:${port}`, port, db, auth, metrics, sync, close };
}
