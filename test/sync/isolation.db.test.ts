import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createPracticeSession, createSong, libraryDocName, practiceDocName } from '../../shared/library/index.ts';
import { SyncDenied } from '../../shared/sync/close-codes.ts';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import { prng, testSeed, withSeed } from './prng.ts';
import { waitUntil, type Device } from './sync-client.ts';
import { createSyncServer, type SyncHarness, type TestUser } from './sync-harness.ts';

const encoder = new TextEncoder();

/** Whether `needle` occurs in any of the frames. */
function containsBytes(frames: readonly Uint8Array[], needle: string): boolean {
  const bytes = Buffer.from(encoder.encode(needle));
  return frames.some((frame) => Buffer.from(frame).includes(bytes));
}

/** Stores a library and a practice log holding `SECRET-<userId>` straight into the database (never loaded). */
async function storeSecrets(h: SyncHarness, user: TestUser): Promise<string> {
  const secret = `SECRET-${user.userId}`;
  const store = createPgDocumentStore(h.db);
  const library = new Y.Doc();
  const songId = createSong(library, { title: secret, notes: secret });
  await store.append(libraryDocName(user.userId), user.userId, Y.encodeStateAsUpdate(library));
  const practice = new Y.Doc();
  createPracticeSession(practice, { songId, startedAt: Date.UTC(2026, 0, 1), notes: secret });
  await store.append(practiceDocName(user.userId), user.userId, Y.encodeStateAsUpdate(practice));
  return secret;
}

async function expectRefused(h: SyncHarness, device: Device, reason: string, forbiddenNames: string[], secret?: string) {
  await waitUntil(() => device.denied.length > 0, 'a permission-denied answer');
  expect(device.denied).toEqual([reason]);
  expect(device.provider.isSynced).toBe(false);
  // Nothing of any document reached the device.
  expect(Y.encodeStateAsUpdate(device.doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  if (secret) expect(containsBytes(device.received, secret)).toBe(false);
  for (const name of forbiddenNames) expect(h.app.sync.hocuspocus.documents.has(name)).toBe(false);
  device.destroy();
}

describe('who may open which document', () => {
  let h: Awaited<ReturnType<typeof createSyncServer>>;
  beforeAll(async () => {
    h = await createSyncServer();
  });
  afterAll(() => h.close());

  it('SYNC3: 100 random pairs of users: each is refused the other\'s documents and receives none of their bytes', async () => {
    const seed = testSeed();
    await withSeed('isolation pairs', seed, async () => {
      const random = prng(seed);
      const users = await Promise.all(Array.from({ length: 30 }, () => h.createUser()));
      const secrets = new Map<string, string>();
      for (const user of users) secrets.set(user.userId, await storeSecrets(h, user));
      for (let pair = 0; pair < 100; pair++) {
        const a = random.pick(users);
        const b = random.pick(users.filter((u) => u !== a));
        const name = random.next() < 0.5 ? libraryDocName(b.userId) : practiceDocName(b.userId);
        const device = h.device(a, name);
        await expectRefused(h, device, SyncDenied.forbidden, [name], secrets.get(b.userId));
      }
      // The owners themselves do get their documents (the refusals above were not blanket refusals).
      const owner = random.pick(users);
      const own = h.device(owner, libraryDocName(owner.userId));
      await own.synced();
      expect(containsBytes(own.received, secrets.get(owner.userId) ?? '?')).toBe(true);
    });
  });

  it('SYNC3: name tricks are refused: case, percent-encoding, whitespace, trailing characters, other ids, practice of another', async () => {
    const [alice, bob] = [await h.createUser(), await h.createUser()];
    const bobSecret = await storeSecrets(h, bob);
    const a = alice.userId;
    const tricks = [
      `LIBRARY:${a}`,
      `Library:${a}`,
      `library:${a.toUpperCase()}`,
      `library%3A${a}`,
      `library:${encodeURIComponent(a).replace(/-/g, '%2D')}`,
      ` library:${a}`,
      `library:${a} `,
      `library:${a}\n`,
      `library:\t${a}`,
      `library:${a}x`,
      `library:${a}/`,
      `library:${a}:`,
      `library:${a}/../library:${bob.userId}`,
      `library:${bob.userId}`,
      `practice:${bob.userId}`,
      `library:${bob.userId}#${a}`,
      `songs:${a}`,
      `library:`,
      `library:{${a}}`,
      `library::${a}`,
    ];
    for (const name of tricks) {
      const device = h.device(alice, name);
      await expectRefused(h, device, SyncDenied.forbidden, [name, libraryDocName(bob.userId), practiceDocName(bob.userId)], bobSecret);
    }
    // Her own documents open.
    const library = h.device(alice, libraryDocName(a));
    const practice = h.device(alice, practiceDocName(a));
    await Promise.all([library.synced(), practice.synced()]);
    expect(library.denied).toEqual([]);
  });

  it('SYNC2: without a valid session every document is denied "unauthorized" and nothing is loaded', async () => {
    const owner = await h.createUser();
    const secret = await storeSecrets(h, owner);
    const name = libraryDocName(owner.userId);
    const cookies: (string | undefined)[] = [undefined, 'metmap_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', `metmap_session=${owner.token}x`, 'other=1'];
    for (const cookie of cookies) {
      const device = h.device(null, name, cookie === undefined ? {} : { cookie });
      await expectRefused(h, device, SyncDenied.unauthorized, [name], secret);
    }
    // An ended session stops working too.
    const session = await h.app.auth.sessions.validateSessionToken(owner.token);
    if (!session) throw new Error('the fresh session does not validate');
    await h.app.auth.sessions.invalidateSession(session.session);
    await expectRefused(h, h.device(owner, name), SyncDenied.unauthorized, [name], secret);
  });

  it('SYNC1: a foreign or missing Origin is refused 403 and another path 404, before any WebSocket exists', async () => {
    const user = await h.createUser();
    const wsBase = h.app.url.replace(/^http/, 'ws');
    const attempt = (path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(`${wsBase}${path}`, { headers });
        ws.on('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', reject);
      });
    const cookie = user.cookie;
    expect(await attempt('/sync', { cookie, origin: 'http://evil.example' })).toBe(403);
    expect(await attempt('/sync', { cookie, origin: h.app.url.replace('127.0.0.1', '127.0.0.2') })).toBe(403);
    expect(await attempt('/sync', { cookie })).toBe(403);
    expect(await attempt('/sync/', { cookie, origin: h.app.url })).toBe(404);
    expect(await attempt('/api/sync', { cookie, origin: h.app.url })).toBe(404);
    expect(h.app.sync.stats().sockets).toBe(0);
    // The server's own origins (localhost and 127.0.0.1 on its port) are accepted.
    expect(await attempt('/sync', { cookie, origin: h.app.url })).toBe(101);
    expect(await attempt('/sync?x=1', { cookie, origin: h.app.url.replace('127.0.0.1', 'localhost') })).toBe(101);
  });
});
