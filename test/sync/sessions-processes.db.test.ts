import { describe, expect, it, onTestFinished } from 'vitest';
import { libraryDocName } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { MIGRATIONS_DIR } from '../../server/db/migration-files.ts';
import { runMigrations } from '../../server/db/migrate.ts';
import { signUpAt } from '../auth/cookie-client.ts';
import { redisAnswers, TEST_REDIS_URL as REDIS_URL } from '../redis.ts';
import { createTestDatabase } from '../db.ts';
import { spawnServer } from './server-process.ts';
import { openDevice, waitUntil } from './sync-client.ts';

const postgres = Boolean(process.env.TEST_DATABASE_URL);
const SESSION_END_LIMIT_MS = 5_000;

const redis = await redisAnswers(REDIS_URL);
if (!postgres || !redis) console.warn('The two-process session test needs TEST_DATABASE_URL and Redis: skipped.');

describe.skipIf(!postgres || !redis)('ended sessions across server processes', () => {
  it('SYNC13: signing out through one process closes that session\'s socket on another within 5 s (its re-check is 30 s)', async () => {
    const testDb = await createTestDatabase();
    onTestFinished(testDb.cleanup);
    if (!testDb.url) throw new Error('a PostgreSQL test database has a URL');
    await runMigrations(testDb.db, MIGRATIONS_DIR);
    const env = { DATABASE_URL: testDb.url, REDIS_URL };
    const one = await spawnServer(env);
    onTestFinished(one.stop);
    const two = await spawnServer(env);
    onTestFinished(two.stop);

    const { client, userId, cookie } = await signUpAt(one.url, 'two-processes@example.com');
    const device = openDevice({ url: two.url, name: libraryDocName(userId), cookie });
    onTestFinished(() => device.destroy());
    await device.synced(20_000);

    expect((await client.json('POST', '/api/auth/signout', {})).status).toBe(204);
    await waitUntil(() => device.closes.some((c) => c.code === SyncClose.sessionEnded.code), 'closed with session-ended on process two', SESSION_END_LIMIT_MS);
  });
});
