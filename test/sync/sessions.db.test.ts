import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSong, libraryDocName, practiceDocName, readLibrary } from '../../shared/library/index.ts';
import { SyncClose, SyncDenied } from '../../shared/sync/close-codes.ts';
import { hashSecretToken } from '../../server/auth/secret-token.ts';
import { deleteUser } from '../../server/auth/user-store.ts';
import { cookieClient } from '../auth/cookie-client.ts';
import { waitUntil, type Device } from './sync-client.ts';
import { createSyncServer, type TestUser } from './sync-harness.ts';

const SESSION_END_LIMIT_MS = 5_000;

describe('sessions that end close their sockets', () => {
  let h: Awaited<ReturnType<typeof createSyncServer>>;
  beforeAll(async () => {
    h = await createSyncServer();
  });
  afterAll(() => h.close());

  /** A second session of the same user (another browser). */
  async function secondSession(user: TestUser): Promise<TestUser> {
    const { token } = await h.app.auth.sessions.createSession(user.userId);
    return { ...user, token, cookie: `metmap_session=${token}` };
  }

  async function post(user: TestUser, path: string) {
    const client = cookieClient(h.app.url);
    client.cookies.set('metmap_session', user.token);
    const response = await client.json('POST', path, {});
    expect(response.status).toBe(204);
  }

  async function expectEnded(device: Device, startedAt: number) {
    await waitUntil(() => device.closes.some((c) => c.code === SyncClose.sessionEnded.code), 'closed with session-ended', SESSION_END_LIMIT_MS);
    expect(Date.now() - startedAt).toBeLessThan(SESSION_END_LIMIT_MS);
    // The provider reconnects on its own and is told to sign in again.
    await waitUntil(() => device.denied.includes(SyncDenied.unauthorized), 'reconnect denied unauthorized');
  }

  it('SYNC13: signing out closes that session\'s sockets at once; another session of the user keeps syncing', async () => {
    const user = await h.createUser();
    const other = await secondSession(user);
    const name = libraryDocName(user.userId);
    const [a, practice, b] = [h.device(user, name), h.device(user, practiceDocName(user.userId)), h.device(other, name)];
    await Promise.all([a.synced(), practice.synced(), b.synced()]);
    const started = Date.now();
    await post(user, '/api/auth/signout');
    await expectEnded(a, started);
    await expectEnded(practice, started);
    createSong(b.doc, { title: 'Still here' });
    await b.saved();
    expect(b.closes).toEqual([]);
    expect(readLibrary(await h.storedDoc(name)).songs.map((s) => s.title)).toEqual(['Still here']);
  });

  it('SYNC13: signing out everywhere closes every socket of the user', async () => {
    const user = await h.createUser();
    const other = await secondSession(user);
    const name = libraryDocName(user.userId);
    const [a, b] = [h.device(user, name), h.device(other, name)];
    await Promise.all([a.synced(), b.synced()]);
    const started = Date.now();
    await post(other, '/api/auth/signout-all');
    await Promise.all([expectEnded(a, started), expectEnded(b, started)]);
  });

  it('SYNC13: a deleted account\'s sockets close and its documents are not written again', async () => {
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    createSong(device.doc, { title: 'Gone soon' });
    await device.saved();
    const started = Date.now();
    const sessionIds = [hashSecretToken(user.token)];
    await deleteUser(h.db, user.userId);
    h.app.auth.sessions.announce({ userId: user.userId, sessionIds, reason: 'account_deleted' });
    await expectEnded(device, started);
    await waitUntil(() => !h.app.sync.hocuspocus.documents.has(name), 'the document unloaded');
    const { rows } = await h.db.query('SELECT count(*)::int AS n FROM yjs_documents WHERE user_id = $1', [user.userId]);
    expect(rows[0]?.n).toBe(0);
  });

  it('SYNC13: a session ended elsewhere (another instance, expiry) closes its sockets at the next re-check', async () => {
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name);
    await device.synced();
    const started = Date.now();
    await h.db.query('DELETE FROM sessions WHERE id = $1', [hashSecretToken(user.token)]);
    await expectEnded(device, started);
  });
});
