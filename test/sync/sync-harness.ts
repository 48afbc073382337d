import { randomBytes } from 'node:crypto';
import { onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { cookiePolicyFor, sessionCookieName } from '../../server/auth/session-cookie.ts';
import { parseConfig, type Config } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap, type RunningMetMap } from '../../server/start-metmap.ts';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import { applyStoredParts } from '../../server/sync/stored-parts.ts';
import type { SyncOptions } from '../../server/sync/sync-options.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { openDevice, type Device, type DeviceOptions } from './sync-client.ts';

/** Short timings so tests wait on events for milliseconds, not seconds. */
export const FAST_SYNC: Partial<SyncOptions> = {
  sessionRecheckMs: 200,
  idleSweepMs: 200,
  hold: { deadlineMs: 2_000, initialDelayMs: 20, maxDelayMs: 200 },
};

export type TestUser = { userId: string; email: string; cookie: string; token: string };

export type SyncHarness = {
  app: RunningMetMap;
  db: Database;
  testDb: TestDatabase;
  /** A user and a session made straight in the database (no password hashing: tests make hundreds). */
  createUser(email?: string): Promise<TestUser>;
  /** A provider for `name`, as a browser tab of `user` would open it; destroyed when the test ends. */
  device(user: TestUser | null, name: string, options?: Partial<DeviceOptions>): Device;
  /** The document as PostgreSQL holds it (snapshot + log), loaded into a fresh Y.Doc. */
  storedDoc(name: string): Promise<Y.Doc>;
};

/** Inserts a user and a session; returns the Cookie header a browser would send. */
export async function createUserWithSession(app: RunningMetMap, email: string): Promise<TestUser> {
  const { rows } = await app.db.query('INSERT INTO users (email) VALUES ($1) RETURNING id', [email]);
  const userId = String(rows[0]?.id);
  const { token } = await app.auth.sessions.createSession(userId);
  return { userId, email, token, cookie: `${sessionCookieName(cookiePolicyFor(undefined))}=${token}` };
}

/** Loads a document from the store as a fresh process would. */
export async function loadStoredDoc(db: Database, name: string): Promise<Y.Doc> {
  const stored = await createPgDocumentStore(db).load(name);
  const doc = new Y.Doc();
  applyStoredParts(doc, stored?.parts ?? [], null);
  return doc;
}

export type SyncServerOptions = {
  syncOptions?: Partial<SyncOptions>;
  config?: Partial<Config>;
  /** A database the caller made and cleans up; otherwise a fresh one, dropped by `close`. */
  testDb?: TestDatabase;
  /** The server gets this instead of the test database (fault injection, a proxy); `db` stays the real one. */
  wrapDb?: (db: Database, testDb: TestDatabase) => Database;
};

/**
 * A real MetMap server on port 0 over a fresh test database (PostgreSQL with TEST_DATABASE_URL,
 * PGlite otherwise). `close` stops it; devices are destroyed when the test that opened them ends.
 * One server may serve a whole file (beforeAll/afterAll): each test makes its own users.
 */
export async function createSyncServer(options: SyncServerOptions = {}): Promise<SyncHarness & { close(): Promise<void> }> {
  const testDb = options.testDb ?? (await createTestDatabase());
  const config = { ...parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CLIENT_DIR: 'does-not-exist' }), ...options.config };
  const log = createLogger(process.env.SYNC_TEST_LOG ?? 'silent');
  const serverDb = options.wrapDb ? options.wrapDb(testDb.db, testDb) : testDb.db;
  const app = await startMetMap({ config, log, db: serverDb, syncOptions: { ...FAST_SYNC, ...options.syncOptions } });
  const devices = new Set<Device>();
  return {
    app,
    db: testDb.db,
    testDb,
    createUser: (email = `u-${randomBytes(6).toString('hex')}@example.com`) => createUserWithSession(app, email),
    device(user, name, deviceOptions = {}) {
      const device = openDevice({ url: app.url, name, ...(user ? { cookie: user.cookie } : {}), ...deviceOptions });
      devices.add(device);
      onTestFinished(() => {
        device.destroy();
        devices.delete(device);
      });
      return device;
    },
    storedDoc: (name) => loadStoredDoc(testDb.db, name),
    async close() {
      devices.forEach((device) => device.destroy());
      await app.close();
      if (!options.testDb) await testDb.cleanup();
    },
  };
}

/** A sync server for one test, stopped when it ends. */
export async function startSyncHarness(options: SyncServerOptions = {}): Promise<SyncHarness> {
  const server = await createSyncServer(options);
  onTestFinished(() => server.close());
  return server;
}
