import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName, readLibrary } from '../../shared/library/index.ts';
import { expectProjectionOfStoredDocument } from './projection-check.ts';
import { prng, testSeed, withSeed } from './prng.ts';
import { editorState, randomLibraryEdit, type EditorState } from './random-library-edits.ts';
import { waitUntil } from './sync-client.ts';
import { startSyncHarness } from './sync-harness.ts';

const DEVICES = 30;
const EDITS = 300;
/**
 * The limit, on PostgreSQL. On PGlite the database runs in this very thread, beside the
 * server and the 30 providers, so the limit there only guards against a hang (the time is printed).
 */
const convergenceLimitMs = (kind: string) => Number(process.env.SYNC_CONVERGENCE_LIMIT_MS) || (kind === 'postgres' ? 10_000 : 60_000);

/** The state vector every replica must reach: the highest clock per client over all replicas. */
function mergedStateVector(docs: Y.Doc[]): Map<number, number> {
  const merged = new Map<number, number>();
  for (const doc of docs) for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) merged.set(client, Math.max(clock, merged.get(client) ?? 0));
  return merged;
}

function sameStateVector(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([client, clock]) => b.get(client) === clock);
}

describe('offline devices reconnecting', () => {
  it(`SYNC4: ${DEVICES} providers × ${EDITS} offline edits, reconnecting in random order: converged within 10 s, 0 lost, 0 duplicated`, async () => {
    const seed = testSeed();
    await withSeed('offline convergence', seed, async () => {
      const random = prng(seed);
      const h = await startSyncHarness();
      const user = await h.createUser();
      const name = libraryDocName(user.userId);
      const seedSongs = await h.app.sync.withDocument(name, (doc) => Array.from({ length: 10 }, (_, i) => createSong(doc, { title: `seed-${i}` })));

      const devices = Array.from({ length: DEVICES }, () => h.device(user, name));
      await Promise.all(devices.map((d) => d.synced(20_000)));
      devices.forEach((d) => d.socket.disconnect());
      await waitUntil(() => h.app.sync.stats().sockets === 0, 'every socket closed');

      // Offline: each device edits its own replica; every update it makes is recorded.
      const recorded: Uint8Array[] = [];
      const states: EditorState[] = devices.map((device, i) => {
        device.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== device.provider) recorded.push(update);
        });
        const state = editorState(`d${i}`, seedSongs);
        for (let step = 0; step < EDITS; step++) randomLibraryEdit(device.doc, random, state, step);
        return state;
      });
      // An edit that sets a value a field already has makes no update.
      expect(recorded.length).toBeGreaterThan(DEVICES * EDITS * 0.9);

      const started = Date.now();
      for (const device of random.shuffle(devices)) {
        device.socket.connect();
        await new Promise((resolve) => setTimeout(resolve, random.int(20)));
      }
      const expected = mergedStateVector(devices.map((d) => d.doc));
      const limitMs = convergenceLimitMs(h.db.kind);
      await waitUntil(
        () => devices.every((d) => d.provider.isSynced && !d.provider.hasUnsyncedChanges && sameStateVector(Y.decodeStateVector(Y.encodeStateVector(d.doc)), expected)),
        'all replicas converged and acknowledged',
        limitMs,
      ).catch((error: unknown) => {
        const server = h.app.sync.hocuspocus.documents.get(name);
        const serverSv = server ? Y.decodeStateVector(Y.encodeStateVector(server)) : new Map();
        console.log('expected', expected.size, 'server', serverSv.size, sameStateVector(serverSv, expected), [...expected].filter(([c, k]) => (serverSv.get(c) ?? 0) !== k).map(([c, k]) => [k, serverSv.get(c)]), 'conns', server?.getConnectionsCount());
        for (const [i, d] of devices.entries()) {
          const sv = Y.decodeStateVector(Y.encodeStateVector(d.doc));
          const missing = [...expected].filter(([c, k]) => (sv.get(c) ?? 0) < k);
          console.log(i, d.provider.isSynced, d.provider.unsyncedChanges, 'missing', missing.length, 'pending', d.doc.store.pendingStructs !== null);
        }
        throw error;
      });
      const convergedMs = Date.now() - started;
      expect(convergedMs).toBeLessThan(limitMs);

      // 0 lost: every recorded update is in the document loaded back from the database.
      await h.app.sync.settle();
      const stored = await h.storedDoc(name);
      const snapshot = Y.snapshot(stored);
      const lost = recorded.filter((update) => !Y.snapshotContainsUpdate(snapshot, update));
      expect(lost.length).toBe(0);

      // 0 duplicated: every created song and section is there exactly once, and every replica reads the same library.
      const library = readLibrary(stored);
      const titles = [...library.songs, ...library.deletedSongs].map((s) => s.title).sort();
      const expectedTitles = [...seedSongs.map((_, i) => `seed-${i}`), ...states.flatMap((s) => s.createdSongTitles)].sort();
      expect(titles).toEqual(expectedTitles);
      const sectionNames = library.songs.flatMap((s) => [...s.sections, ...s.deletedSections].map((x) => x.name)).sort();
      expect(sectionNames).toEqual(states.flatMap((s) => s.createdSectionNames).sort());
      for (const device of devices) expect(readLibrary(device.doc)).toEqual(library);

      await expectProjectionOfStoredDocument(h.db, user.userId);
      console.log(`offline convergence on ${h.db.kind} (seed ${seed}): ${DEVICES} × ${EDITS} edits converged in ${convergedMs} ms`);
    });
  });
});
