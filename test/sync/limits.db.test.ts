import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName, readLibrary, updateSong } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import type { Database } from '../../server/db/database.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { prng, testSeed, withSeed } from './prng.ts';
import { bigUpdate, closed, frames, malformedFrame, rawSocket } from './raw-frames.ts';
import { waitUntil, type Device } from './sync-client.ts';
import { startSyncHarness, type SyncHarness, type TestUser } from './sync-harness.ts';

const KiB = 1024;
const RESET_CONNECTION = 4205; // Hocuspocus's close code when a pre-authentication limit is exceeded
const UNLIMITED_RATE = { messages: { capacity: 1e9, perSecond: 1e9 }, bytes: { capacity: 1e12, perSecond: 1e12 }, maxQueuedFrames: 1e9 };

async function countUpdates(db: Database, name: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM yjs_updates WHERE doc_name = $1', [name]);
  return Number(rows[0]?.n);
}

/** Two devices of one user editing while something else happens; `finish` checks they converged and everything is stored. */
async function honestPair(h: SyncHarness) {
  const user = await h.createUser();
  const name = libraryDocName(user.userId);
  const [a, b] = [h.device(user, name), h.device(user, name)];
  await Promise.all([a.synced(), b.synced()]);
  const songId = createSong(a.doc, { title: 'Honest' });
  let edits = 0;
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      updateSong(a.doc, songId, { notes: `edit ${++edits}` });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    user,
    async finish() {
      // The honest device keeps editing through the attack; let it make a few edits after it, however slow the machine.
      const before = edits;
      await waitUntil(() => edits >= Math.max(before + 3, 6), 'the honest device keeps editing');
      stop = true;
      await loop;
      await waitUntil(() => readLibrary(b.doc).songs[0]?.notes === `edit ${edits}`, 'the other device sees the last edit');
      await a.saved();
      const stored = readLibrary(await h.storedDoc(name));
      expect(stored.songs[0]?.notes).toBe(`edit ${edits}`);
      expect(edits).toBeGreaterThan(5);
      await h.app.sync.settle();
      await expectProjectionOfStoredDocument(h.db, user.userId);
    },
  };
}

async function expectServerUp(h: SyncHarness) {
  const response = await fetch(`${h.app.url}/healthz`);
  expect(response.status).toBe(200);
}

function headersOf(h: SyncHarness, user: TestUser) {
  return { cookie: user.cookie, origin: h.app.url };
}

describe('untrusted input', () => {
  it('SYNC5: 10,000 malformed frames close their sockets and store nothing; an honest client keeps syncing', async () => {
    const seed = testSeed();
    await withSeed('malformed frames', seed, async () => {
      const random = prng(seed);
      const h = await startSyncHarness();
      const honest = await honestPair(h);
      const attacker = await h.createUser();
      const target = libraryDocName(attacker.userId);
      let sent = 0;
      const codes = new Map<number, number>();
      while (sent < 10_000) {
        const ws = await rawSocket(h.app.url, headersOf(h, attacker));
        const done = closed(ws);
        for (let i = 0; i < 100; i++) ws.send(malformedFrame(random, target));
        sent += 100;
        const { code } = await done;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      expect([...codes.keys()]).toEqual([SyncClose.invalidMessage.code]);
      expect(await countUpdates(h.db, target)).toBe(0);
      await expectServerUp(h);
      await honest.finish();
    });
  });

  it('SYNC5: an update that is not Yjs, sent after authenticating, closes the socket and is never stored', async () => {
    const h = await startSyncHarness();
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const ws = await rawSocket(h.app.url, headersOf(h, user));
    const done = closed(ws);
    ws.send(frames.auth(name));
    ws.send(frames.syncStep1(name));
    ws.send(frames.update(name, Uint8Array.from([0, 1, 2, 3, 250, 251, 252])));
    expect((await done).code).toBe(SyncClose.invalidMessage.code);
    expect(await countUpdates(h.db, name)).toBe(0);
  });

  it('SYNC12: a frame over the payload limit closes the socket (1009) and nothing of it is stored', async () => {
    const h = await startSyncHarness({ syncOptions: { maxMessageBytes: 64 * KiB } });
    const honest = await honestPair(h);
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const ws = await rawSocket(h.app.url, headersOf(h, user));
    const done = closed(ws);
    ws.send(frames.auth(name));
    ws.send(frames.update(name, bigUpdate(100 * KiB)));
    expect((await done).code).toBe(1009);
    expect(await countUpdates(h.db, name)).toBe(0);
    await expectServerUp(h);
    await honest.finish();
  });

  it('SYNC12: a document may not grow past its limit; the change that would is refused with document-too-large', async () => {
    const h = await startSyncHarness({ syncOptions: { maxDocumentBytes: 100 * KiB } });
    const honest = await honestPair(h);
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device: Device = h.device(user, name);
    await device.synced();
    for (let i = 0; i < 40 && device.closes.length === 0; i++) {
      createSong(device.doc, { title: `Long ${i}`, notes: `${i}`.padEnd(5_000, '♪') });
      await waitUntil(() => !device.provider.hasUnsyncedChanges || device.closes.length > 0, 'acknowledged or refused');
    }
    expect(device.closes[0]).toEqual(SyncClose.documentTooLarge);
    const { rows } = await h.db.query('SELECT coalesce(sum(octet_length(update)), 0)::int AS bytes FROM yjs_updates WHERE doc_name = $1', [name]);
    expect(Number(rows[0]?.bytes)).toBeLessThanOrEqual(100 * KiB);
    await expectServerUp(h);
    await honest.finish();
  });

  it('SYNC12: Hocuspocus\'s pre-authentication limits cut off floods of queued frames, bytes and document names', async () => {
    const h = await startSyncHarness({ syncOptions: { shaping: UNLIMITED_RATE } });
    const honest = await honestPair(h);
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const flood = async (send: (ws: Awaited<ReturnType<typeof rawSocket>>) => void) => {
      const ws = await rawSocket(h.app.url, headersOf(h, user));
      const done = closed(ws);
      send(ws);
      return (await done).code;
    };
    // No auth frame: every frame waits in Hocuspocus's queue.
    expect(await flood((ws) => Array.from({ length: 1_100 }, () => ws.send(frames.syncStep1(name))))).toBe(RESET_CONNECTION);
    expect(await flood((ws) => Array.from({ length: 120 }, (_, i) => ws.send(frames.syncStep1(`library:flood-${i}`))))).toBe(RESET_CONNECTION);
    expect(await flood((ws) => Array.from({ length: 6 }, () => ws.send(frames.update(name, bigUpdate(1024 * KiB)))))).toBe(RESET_CONNECTION);
    expect(await countUpdates(h.db, name)).toBe(0);
    await expectServerUp(h);
    await honest.finish();
  });

  it('SYNC12: a burst over the message rate is slowed (the socket paused), not dropped', async () => {
    const h = await startSyncHarness();
    const honest = await honestPair(h);
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    // 600 distinct updates at once: 300 pass at once (the burst), the rest at 100 per second.
    const ws = await rawSocket(h.app.url, headersOf(h, user));
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 600; i++) doc.getMap('counts').set(`k${i}`, i);
    const applied = () => h.app.sync.hocuspocus.documents.get(name)?.getMap('counts').size ?? 0;
    const started = Date.now();
    ws.send(frames.auth(name));
    for (const update of updates) ws.send(frames.update(name, update));
    await waitUntil(() => applied() >= 300, 'the burst applied');
    // One second after the start at most the burst plus a second's worth (and some slack) went through.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 1_000 - Date.now())));
    expect(applied()).toBeLessThan(600);
    await waitUntil(() => applied() === 600, 'all 600 applied', 20_000);
    expect(Date.now() - started).toBeGreaterThan(2_000);
    await h.app.sync.settle();
    expect((await h.storedDoc(name)).getMap('counts').size).toBe(600);
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
    await expectServerUp(h);
    await honest.finish();
  });
});
