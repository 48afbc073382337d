import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Database } from '../db/database.ts';
import type { DocumentStore } from './document-store.ts';
import { applyStoredParts } from './stored-parts.ts';

const DAY = 86_400_000;

/** What each contract test gets: a migrated database, a store over it and a second store (another instance). */
export type StoreFixture = {
  db: Database;
  store: DocumentStore;
  /** A second store on its own connection pool, as a second server instance would have. */
  otherStore(): DocumentStore;
  /** The clock the stores read; tests move it across days. */
  clock: { now: number };
  /** Counts transactions started on `db` since the fixture was made (a lone statement that appends counts as one). */
  transactions(): number;
  createUser(email: string): Promise<string>;
};

function edit(doc: Y.Doc, key: string, value: string): Uint8Array {
  let captured: Uint8Array | undefined;
  const listener = (update: Uint8Array) => (captured = update);
  doc.on('update', listener);
  doc.getMap('m').set(key, value);
  doc.off('update', listener);
  if (!captured) throw new Error('no update');
  return captured;
}

function loaded(parts: readonly Uint8Array[] | undefined): Y.Doc {
  const doc = new Y.Doc();
  applyStoredParts(doc, parts ?? [], null);
  return doc;
}

/** The storage contract (SYNC4, SYNC8, SYNC9): every DocumentStore implementation passes it. */
export function documentStoreContract(label: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`DocumentStore contract: ${label}`, () => {
    it('SYNC8: an unknown document loads as null; appended updates load back byte for byte, in order', async () => {
      const f = await makeFixture();
      const user = await f.createUser('a@example.com');
      const name = `library:${user}`;
      expect(await f.store.load(name)).toBeNull();
      const doc = new Y.Doc();
      const updates = [edit(doc, 'a', '1'), edit(doc, 'b', '2'), edit(doc, 'a', '3')];
      for (const update of updates) await f.store.append(name, user, update);
      const stored = await f.store.load(name);
      expect(stored?.parts).toEqual(updates);
      expect(stored?.bytes).toBe(updates.reduce((n, u) => n + u.length, 0));
      expect(loaded(stored?.parts).getMap('m').toJSON()).toEqual({ a: '3', b: '2' });
    });

    it('SYNC4: appends made in one event-loop turn share one transaction and all resolve after it committed', async () => {
      const f = await makeFixture();
      const [u1, u2] = [await f.createUser('b@example.com'), await f.createUser('c@example.com')];
      const before = f.transactions();
      const doc1 = new Y.Doc();
      const doc2 = new Y.Doc();
      const calls = [
        f.store.append(`library:${u1}`, u1, edit(doc1, 'x', '1')),
        f.store.append(`library:${u2}`, u2, edit(doc2, 'y', '1')),
        f.store.append(`library:${u1}`, u1, edit(doc1, 'x', '2')),
      ];
      const counters = await Promise.all(calls);
      expect(f.transactions() - before).toBe(1);
      expect(counters[0]?.updatesSinceSnapshot).toBe(2);
      expect(counters[1]?.updatesSinceSnapshot).toBe(1);
      // Committed: another pool sees them.
      expect((await f.otherStore().load(`library:${u1}`))?.parts).toHaveLength(2);
    });

    it('SYNC4: an append that cannot be stored fails alone; the rest of its batch is stored', async () => {
      const f = await makeFixture();
      const user = await f.createUser('d@example.com');
      const ghost = '00000000-0000-4000-8000-000000000000';
      const doc = new Y.Doc();
      const good = f.store.append(`library:${user}`, user, edit(doc, 'k', 'v'));
      const bad = f.store.append(`library:${ghost}`, ghost, edit(new Y.Doc(), 'k', 'v'));
      await expect(bad).rejects.toBeTruthy();
      await expect(good).resolves.toMatchObject({ updatesSinceSnapshot: 1 });
      expect(await f.store.load(`library:${ghost}`)).toBeNull();
    });

    it('SYNC9: compaction folds the log into one snapshot, deletes the folded updates and loads the same state', async () => {
      const f = await makeFixture();
      const user = await f.createUser('e@example.com');
      const name = `library:${user}`;
      expect(await f.store.compact(name)).toEqual({ compacted: false });
      const doc = new Y.Doc();
      for (let i = 0; i < 50; i++) await f.store.append(name, user, edit(doc, `k${i % 7}`, `v${i}`));
      const result = await f.store.compact(name);
      expect(result).toMatchObject({ compacted: true, foldedUpdates: 50, dailyWritten: true });
      const stored = await f.store.load(name);
      expect(stored?.parts).toHaveLength(1);
      expect(loaded(stored?.parts).getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
      const { rows } = await f.db.query('SELECT updates_since_snapshot, bytes_since_snapshot, snapshot_bytes FROM yjs_documents WHERE name = $1', [name]);
      expect(rows[0]).toEqual({ updates_since_snapshot: 0, bytes_since_snapshot: 0, snapshot_bytes: stored?.bytes });
      // Nothing new: a second compaction does nothing; one more update is loaded on top of the snapshot.
      expect(await f.store.compact(name)).toEqual({ compacted: false });
      await f.store.append(name, user, edit(doc, 'late', 'yes'));
      const after = await f.store.load(name);
      expect(after?.parts).toHaveLength(2);
      expect(loaded(after?.parts).getMap('m').get('late')).toBe('yes');
    });

    it('SYNC9: one daily snapshot per UTC day, kept for 30 days', async () => {
      const f = await makeFixture();
      const user = await f.createUser('f@example.com');
      const name = `library:${user}`;
      const doc = new Y.Doc();
      const start = f.clock.now;
      for (let day = 0; day < 40; day++) {
        f.clock.now = start + day * DAY;
        for (let round = 0; round < 2; round++) {
          await f.store.append(name, user, edit(doc, 'day', `${day}.${round}`));
          await f.store.compact(name);
        }
      }
      const daily = await f.store.listDailySnapshots(name);
      expect(daily).toHaveLength(30);
      expect(new Set(daily.map((d) => d.day)).size).toBe(30);
      const newest = daily[0];
      expect(newest?.createdAt.getTime()).toBe(start + 39 * DAY);
      // The daily snapshot of a day holds that day's state at its first compaction.
      const state = newest ? await f.store.readSnapshot(name, newest.id) : null;
      expect(loaded(state ? [state] : []).getMap('m').get('day')).toBe('39.0');
      expect(await f.store.readSnapshot(`library:${await f.createUser('g@example.com')}`, newest?.id ?? 0)).toBeNull();
    });

    it('SYNC9: appends racing compactions of a second instance lose nothing', async () => {
      const f = await makeFixture();
      const user = await f.createUser('h@example.com');
      const name = `library:${user}`;
      const other = f.otherStore();
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      let stop = false;
      const compactor = (async () => {
        let runs = 0;
        while (!stop || runs === 0) {
          await other.compact(name);
          runs++;
          // Yield a whole turn: on PGlite every call may resolve in microtasks and starve the writers.
          await new Promise((resolve) => setImmediate(resolve));
        }
        return runs;
      })();
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; i < 40; i++) {
          const update = edit(doc, `w${w}`, `${i}`);
          updates.push(update);
          await f.store.append(name, user, update);
        }
      });
      await Promise.all(writers);
      stop = true;
      expect(await compactor).toBeGreaterThan(0);
      const state = loaded((await f.store.load(name))?.parts);
      const snapshot = Y.snapshot(state);
      expect(updates.filter((u) => !Y.snapshotContainsUpdate(snapshot, u))).toHaveLength(0);
    });

    it('SYNC8: load and append reject when the database fails; they never answer "empty"', async () => {
      const f = await makeFixture();
      const user = await f.createUser('i@example.com');
      await f.store.append(`library:${user}`, user, edit(new Y.Doc(), 'a', 'b'));
      await f.db.close();
      await expect(f.store.load(`library:${user}`)).rejects.toBeTruthy();
      await expect(f.store.append(`library:${user}`, user, edit(new Y.Doc(), 'a', 'c'))).rejects.toBeTruthy();
    });
  });
}
