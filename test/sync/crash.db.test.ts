import { describe, expect, it, onTestFinished } from 'vitest';
import * as Y from 'yjs';
import { createSong, libraryDocName } from '../../shared/library/index.ts';
import { generateSecretToken, hashSecretToken } from '../../server/auth/secret-token.ts';
import { newSessionTimes } from '../../server/auth/session-policy.ts';
import { insertSession } from '../../server/auth/session-store.ts';
import { MIGRATIONS_DIR } from '../../server/db/migration-files.ts';
import { runMigrations } from '../../server/db/migrate.ts';
import { createTestDatabase } from '../db.ts';
import { prng, testSeed, withSeed } from './prng.ts';
import { editorState, randomLibraryEdit } from './random-library-edits.ts';
import { openDevice, waitUntil } from './sync-client.ts';
import { loadStoredDoc } from './sync-harness.ts';
import { spawnServer } from './server-process.ts';

const ROUNDS = 20;
// The crash needs a server process of its own on a database the test can read while it is down.
const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (!postgres) console.warn('TEST_DATABASE_URL is not set: the SIGKILL test (a server process on PostgreSQL) is skipped.');

function containsAll(doc: Y.Doc, updates: readonly Uint8Array[]): Uint8Array[] {
  const snapshot = Y.snapshot(doc);
  return updates.filter((update) => !Y.snapshotContainsUpdate(snapshot, update));
}

describe.skipIf(!postgres)('crash at any instant', () => {
  it(`SYNC4: SIGKILL during edits, ${ROUNDS} times: every acknowledged edit is in PostgreSQL, also a client's destroyed right after its acknowledgement`, async () => {
    const seed = testSeed();
    await withSeed('SIGKILL rounds', seed, async () => {
      const random = prng(seed);
      const testDb = await createTestDatabase();
      onTestFinished(testDb.cleanup);
      if (!testDb.url) throw new Error('a PostgreSQL test database has a URL');
      await runMigrations(testDb.db, MIGRATIONS_DIR);
      const { rows } = await testDb.db.query('INSERT INTO users (email) VALUES ($1) RETURNING id', ['crash@example.com']);
      const userId = String(rows[0]?.id);
      const token = generateSecretToken();
      await insertSession(testDb.db, { id: hashSecretToken(token), userId, createdAt: Date.now(), ...newSessionTimes(Date.now()) });
      const cookie = `metmap_session=${token}`;
      const name = libraryDocName(userId);

      // Device A keeps its replica across the crashes, like a browser tab would.
      const replica = new Y.Doc();
      const everything: Uint8Array[] = [];
      const acknowledged: Uint8Array[] = [];
      const state = editorState('a', []);
      let step = 0;

      for (let round = 0; round < ROUNDS; round++) {
        const server = await spawnServer({ DATABASE_URL: testDb.url });
        const a = openDevice({ url: server.url, name, cookie, doc: replica });
        const record = (update: Uint8Array, origin: unknown) => {
          if (origin !== a.provider) everything.push(update);
        };
        replica.on('update', record);
        await a.synced(20_000);

        let editing = true;
        const editor = (async () => {
          while (editing) {
            randomLibraryEdit(replica, random, state, step++);
            await new Promise((resolve) => setTimeout(resolve, 1 + random.int(4)));
          }
        })();

        // A second client: one edit, destroyed the moment it is acknowledged.
        const quick = openDevice({ url: server.url, name, cookie });
        await quick.synced(20_000);
        let quickUpdate: Uint8Array | undefined;
        quick.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== quick.provider) quickUpdate = update;
        });
        createSong(quick.doc, { title: `quick-${round}` });
        await waitUntil(() => quickUpdate !== undefined && quick.acked.some((u) => Buffer.from(u).equals(Buffer.from(quickUpdate as Uint8Array))), 'the quick edit acknowledged');
        const quickAcked = [...quick.acked];
        quick.destroy();

        await new Promise((resolve) => setTimeout(resolve, 20 + random.int(200)));
        server.child.kill('SIGKILL');
        await server.exited;
        editing = false;
        await editor;
        replica.off('update', record);
        acknowledged.push(...a.acked, ...quickAcked);
        a.destroy();

        const missing = containsAll(await loadStoredDoc(testDb.db, name), acknowledged);
        expect(missing, `round ${round}: acknowledged updates missing after SIGKILL`).toHaveLength(0);
        expect(quickAcked.length).toBeGreaterThan(0);
      }
      expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);

      // After the last crash the replica reconnects once more: then nothing it ever made is missing.
      const server = await spawnServer({ DATABASE_URL: testDb.url });
      try {
        const a = openDevice({ url: server.url, name, cookie, doc: replica });
        await a.synced(20_000);
        await waitUntil(() => containsAll(a.provider.document, everything).length === 0, 'replica complete');
        await a.saved(20_000);
        a.destroy();
      } finally {
        await server.stop();
      }
      expect(containsAll(await loadStoredDoc(testDb.db, name), everything)).toHaveLength(0);
      console.log(`SIGKILL (seed ${seed}): ${ROUNDS} rounds, ${everything.length} edits made, ${acknowledged.length} acknowledged, none lost`);
    });
    // Twenty server start-ups: about 30 s on a quiet machine, more on a loaded one.
  }, 240_000);
});
