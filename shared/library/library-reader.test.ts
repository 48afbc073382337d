import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createSong } from './accessors-song.ts';
import { createLibraryReader } from './library-reader.ts';
import { readLibrary } from './read-library.ts';
import { LIBRARY_ROOT_NAMES } from './roots.ts';
import { T0, newDoc } from './test-support/docs.ts';
import { createRandom, fuzzEnv, type Random } from './test-support/prng.ts';
import { emptyPool, randomOperation } from './test-support/random-operations.ts';
import { SyncNetwork } from './test-support/sync-network.ts';

const PEERS = 3;
const STEPS = 300;
const SEEDS = fuzzEnv().FUZZ_SEED === undefined ? [1, 2, 3, 4, 5, 6] : [Number(fuzzEnv().FUZZ_SEED)];

// Raw writes, as a buggy or hostile client could make them: values readLibrary must skip and report.
function rawWrite(random: Random, doc: Y.Doc, pool: ReturnType<typeof emptyPool>): void {
  const known = (ids: string[]) => (ids.length > 0 && random.bool(0.8) ? random.pick(ids) : random.uuid());
  const name = random.pick(Object.values(LIBRARY_ROOT_NAMES));
  const map = doc.getMap<unknown>(name);
  const key = random.pick([
    known(pool.songs),
    known(pool.sections),
    known(pool.chords),
    `${known(pool.songs)}:title`,
    `${known(pool.sections)}:${random.pick(['bars', 'order', 'colour', 'confidence'])}`,
    `${known(pool.sections)}:${random.int(0, 99)}`,
    'short:key',
    'schemaVersion:1',
    '__proto__',
  ]);
  if (random.bool(0.3)) return void map.delete(key);
  const value = random.pick<unknown>([
    '{nope',
    42,
    null,
    JSON.stringify({ title: 'raw', createdAt: T0 }),
    JSON.stringify({ songId: known(pool.songs), name: 'raw', order: 'a0', createdAt: T0 }),
    JSON.stringify({ songId: known(pool.songs), bar: 3, bpm: 90 }),
    JSON.stringify({ count: random.int(-1, 3), seconds: 5, lastAt: T0 }),
    `${known(pool.sections)}|1|1|4|C|maj||`,
    ['value', T0],
    [random.int(1, 40), T0],
    'a0',
  ]);
  map.set(key, value);
}

describe('incremental library reader', () => {
  it('DOC14: reads exactly what readLibrary reads, edit after edit, with out-of-order sync and malformed values', () => {
    for (const seed of SEEDS) {
      const random = createRandom(seed);
      const network = new SyncNetwork(PEERS, 2, (peer, doc) => seed * 16 + peer * 2 + doc + 1);
      const readers = network.peers.map((docs) => createLibraryReader(docs[0] ?? newDoc()));
      const pool = emptyPool();
      let now = T0;
      for (let step = 0; step < STEPS; step++) {
        now += random.int(1, 5000);
        const peer = random.int(0, PEERS - 1);
        const [library, practice] = network.peers[peer] ?? [];
        if (library === undefined || practice === undefined) throw new Error('peer without documents');
        if (random.bool(0.1)) rawWrite(random, library, pool);
        else randomOperation(random, { library, practice, now }, pool);
        for (let i = random.int(0, 6); i > 0 && network.pending > 0; i--) network.deliver(random.int(0, network.pending - 1));
        if (random.bool(0.03)) network.setOnline(peer, !network.isOnline(peer));
        // Read some steps only, so that several transactions pile up between two reads.
        if (random.bool(0.5)) {
          const checked = random.int(0, PEERS - 1);
          const doc = network.peers[checked]?.[0];
          if (doc === undefined) throw new Error('no library');
          expect(readers[checked]?.read(), `seed ${seed}, step ${step}, peer ${checked} (FUZZ_SEED=${seed})`).toEqual(readLibrary(doc));
        }
      }
      network.flush();
      network.peers.forEach((docs, peer) => {
        const doc = docs[0];
        if (doc === undefined) throw new Error('no library');
        expect(readers[peer]?.read(), `seed ${seed}, after sync, peer ${peer}`).toEqual(readLibrary(doc));
      });
    }
  });

  it('DOC14: a stored library loading into an empty document is read afresh, with the same result', () => {
    const source = newDoc(2);
    for (let i = 0; i < 300; i++) createSong(source, { title: `Song ${i}` }, { now: T0 + i });
    const doc = newDoc(1);
    const reader = createLibraryReader(doc);
    expect(reader.read().songs).toEqual([]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    const loaded = reader.read();
    expect(loaded).toEqual(readLibrary(doc));
    expect(loaded.songs).toHaveLength(300);
    createSong(doc, { title: 'One more' }, { now: T0 + 1000 });
    const after = reader.read();
    expect(after).toEqual(readLibrary(doc));
    expect(after.songs[0]).toBe(loaded.songs[0]);
  });

  it('DOC14: an edit rebuilds only the song it touches; a read without changes returns the same library', () => {
    const doc = newDoc(1);
    const reader = createLibraryReader(doc);
    const first = createSong(doc, { title: 'One' }, { now: T0 });
    createSong(doc, { title: 'Two' }, { now: T0 + 1 });
    const before = reader.read();
    expect(reader.read()).toBe(before);

    doc.getMap(LIBRARY_ROOT_NAMES.preferences).set('theme', 'dark');
    const afterSettings = reader.read();
    expect(afterSettings).not.toBe(before);
    expect(afterSettings.songs).toBe(before.songs);
    expect(afterSettings.preferences.theme).toBe('dark');

    Y.transact(doc, () => doc.getMap(LIBRARY_ROOT_NAMES.songFields).set(`${first}:title`, ['One!', T0 + 5]));
    const afterEdit = reader.read();
    expect(afterEdit.songs[0]?.title).toBe('One!');
    expect(afterEdit.songs[0]).not.toBe(before.songs[0]);
    expect(afterEdit.songs[1]).toBe(before.songs[1]);
    expect(afterEdit).toEqual(readLibrary(doc));
    reader.destroy();
  });
});
