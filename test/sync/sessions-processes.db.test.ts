import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { libraryDocName } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { MIGRATIONS_DIR } from '../../server/db/migration-files.ts';
import { runMigrations } from '../../server/db/migrate.ts';
import { cookieClient } from '../auth/cookie-client.ts';
import { redisAnswers, TEST_REDIS_URL as REDIS_URL } from '../redis.ts';
import { createTestDatabase } from '../db.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';
import { openDevice, waitUntil } from './sync-client.ts';

const postgres = Boolean(process.env.TEST_DATABASE_URL);
const SESSION_END_LIMIT_MS = 5_000;

const redis = await redisAnswers(REDIS_URL);
if (!postgres || !redis) console.warn('The two-process session test needs TEST_DATABASE_URL and Redis: skipped.');

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  await server.exited;
}

describe.skipIf(!postgres || !redis)('ended sessions across server processes', () => {
  it('SYNC13: signing out through one process closes that session\'s socket on another within 5 s (its re-check is 30 s)', async () => {
    const testDb = await createTestDatabase();
    onTestFinished(testDb.cleanup);
    if (!testDb.url) throw new Error('a PostgreSQL test database has a URL');
    await runMigrations(testDb.db, MIGRATIONS_DIR);
    const env = { DATABASE_URL: testDb.url, REDIS_URL };
    const one = await spawnServer(env);
    onTestFinished(() => stop(one));
    const two = await spawnServer(env);
    onTestFinished(() => stop(two));

    const client = cookieClient(one.url);
    const signup = await client.json('POST', '/api/auth/signup', { email: 'two-processes@example.com', password: 'a long password of several words' });
    expect(signup.status).toBe(201);
    const me = z.object({ user: z.object({ id: z.string() }) }).parse(await (await client.request('GET', '/api/auth/me')).json());
    const cookie = [...client.cookies].map(([key, value]) => `${key}=${value}`).join('; ');
    const device = openDevice({ url: two.url, name: libraryDocName(me.user.id), cookie });
    onTestFinished(() => device.destroy());
    await device.synced(20_000);

    expect((await client.json('POST', '/api/auth/signout', {})).status).toBe(204);
    await waitUntil(() => device.closes.some((c) => c.code === SyncClose.sessionEnded.code), 'closed with session-ended on process two', SESSION_END_LIMIT_MS);
  });
});
