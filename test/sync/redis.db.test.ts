import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil } from './sync-client.ts';
import { createSyncServer, loadStoredDoc } from './sync-harness.ts';

// Test helpers may read the environment (test/db.ts does the same for TEST_DATABASE_URL).
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

const available = await redisAnswers(REDIS_URL);
if (!available) console.warn(`Redis at ${REDIS_URL} does not answer: the several-instances test is skipped.`);

describe.skipIf(!available)('several instances through Redis', () => {
  let testDb: TestDatabase;
  let one: Awaited<ReturnType<typeof createSyncServer>>;
  let two: Awaited<ReturnType<typeof createSyncServer>>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    one = await createSyncServer({ testDb, config: { redisUrl: REDIS_URL } });
    two = await createSyncServer({ testDb, config: { redisUrl: REDIS_URL } });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await testDb?.cleanup();
  });

  it('SYNC15: an edit through one instance reaches a client of the other; PostgreSQL holds both sides', async () => {
    const user = await one.createUser();
    const name = libraryDocName(user.userId);
    const a = one.device(user, name);
    const b = two.device(user, name);
    await Promise.all([a.synced(), b.synced()]);
    const songId = createSong(a.doc, { title: 'Via instance one' });
    await waitUntil(() => readLibrary(b.doc).songs.some((s) => s.id === songId), 'instance two relays it to B');
    updateSong(b.doc, songId, { artist: 'Via instance two' });
    await waitUntil(() => readLibrary(a.doc).songs[0]?.artist === 'Via instance two', 'instance one relays it to A');
    await Promise.all([a.saved(), b.saved()]);
    await Promise.all([one.app.sync.settle(), two.app.sync.settle()]);
    const stored = readLibrary(await loadStoredDoc(testDb.db, name)).songs[0];
    expect(stored).toMatchObject({ title: 'Via instance one', artist: 'Via instance two' });
    await expectProjectionOfStoredDocument(testDb.db, user.userId);
  });
});
