import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { hashSecretToken } from '../../server/auth/secret-token.ts';
import { deleteUser } from '../../server/auth/user-store.ts';
import { cookieClient } from '../auth/cookie-client.ts';
import { redisAnswers, TEST_REDIS_URL as REDIS_URL } from '../redis.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { waitUntil, type Device } from './sync-client.ts';
import { createSyncServer, loadStoredDoc, type TestUser } from './sync-harness.ts';


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

describe.skipIf(!available)('ended sessions across instances through Redis', () => {
  const SESSION_END_LIMIT_MS = 5_000;
  let testDb: TestDatabase;
  let one: Awaited<ReturnType<typeof createSyncServer>>;
  let two: Awaited<ReturnType<typeof createSyncServer>>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    // No periodic re-check during the test: only the relay can close the other instance's sockets.
    const syncOptions = { sessionRecheckMs: 3_600_000 };
    one = await createSyncServer({ testDb, config: { redisUrl: REDIS_URL }, syncOptions });
    two = await createSyncServer({ testDb, config: { redisUrl: REDIS_URL }, syncOptions });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await testDb?.cleanup();
  });

  async function secondSession(user: TestUser): Promise<TestUser> {
    const { token } = await one.app.auth.sessions.createSession(user.userId);
    return { ...user, token, cookie: `metmap_session=${token}` };
  }

  async function postOnOne(user: TestUser, path: string) {
    const client = cookieClient(one.app.url);
    client.cookies.set('metmap_session', user.token);
    expect((await client.json('POST', path, {})).status).toBe(204);
  }

  const ended = (device: Device) =>
    waitUntil(() => device.closes.some((c) => c.code === SyncClose.sessionEnded.code), 'closed with session-ended', SESSION_END_LIMIT_MS);

  it('SYNC13: signing out on one instance closes that session\'s sockets on the other within 5 s; another session keeps syncing', async () => {
    const user = await one.createUser();
    const other = await secondSession(user);
    const name = libraryDocName(user.userId);
    const [a, b] = [two.device(user, name), two.device(other, name)];
    await Promise.all([a.synced(), b.synced()]);
    await postOnOne(user, '/api/auth/signout');
    await ended(a);
    createSong(b.doc, { title: 'Still here' });
    await b.saved();
    expect(b.closes).toEqual([]);
  });

  it('SYNC13: signing out everywhere on one instance closes every socket of the user on both', async () => {
    const user = await one.createUser();
    const other = await secondSession(user);
    const name = libraryDocName(user.userId);
    const [a, b, c] = [one.device(user, name), two.device(user, name), two.device(other, name)];
    await Promise.all([a.synced(), b.synced(), c.synced()]);
    await postOnOne(other, '/api/auth/signout-all');
    await Promise.all([ended(a), ended(b), ended(c)]);
  });

  it('SYNC13: a deleted account\'s sockets close on the other instance, which stops writing its documents', async () => {
    const user = await one.createUser();
    const name = libraryDocName(user.userId);
    const device = two.device(user, name);
    await device.synced();
    createSong(device.doc, { title: 'Gone soon' });
    await device.saved();
    await deleteUser(one.db, user.userId);
    one.app.auth.sessions.announce({ userId: user.userId, sessionIds: [hashSecretToken(user.token)], reason: 'account_deleted' });
    await ended(device);
    await waitUntil(() => !two.app.sync.hocuspocus.documents.has(name), 'the document unloaded on instance two');
    const { rows } = await testDb.db.query('SELECT count(*)::int AS n FROM yjs_documents WHERE user_id = $1', [user.userId]);
    expect(rows[0]?.n).toBe(0);
  });
});
