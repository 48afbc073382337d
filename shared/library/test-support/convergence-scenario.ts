import * as Y from 'yjs';
import { expect } from 'vitest';
import { readLibrary } from '../read-library.ts';
import { readPracticeLog } from '../read-practice-log.ts';
import { createRandom } from './prng.ts';
import { emptyPool, randomOperation } from './random-operations.ts';
import { SyncNetwork } from './sync-network.ts';

export const PEERS = 5;
export const OPERATIONS = 1000;
const LIBRARY = 0;
const PRACTICE = 1;

/**
 * One seeded scenario (DOC15): PEERS replicas, each holding a library and a practice document,
 * make OPERATIONS random accessor calls while updates travel in random order, peers drop off and
 * come back (state-vector sync), then everything is flushed.
 */
export function runScenario(seed: number): { applied: number; network: SyncNetwork } {
  const random = createRandom(seed);
  const network = new SyncNetwork(PEERS, 2, (peer, doc) => seed * 16 + peer * 2 + doc + 1);
  const pool = emptyPool();
  let applied = 0;
  let now = Date.UTC(2026, 0, 1);
  for (let step = 0; step < OPERATIONS; step++) {
    now += random.int(1, 5000);
    const docs = network.peers[random.int(0, PEERS - 1)];
    if (docs?.[LIBRARY] && docs[PRACTICE]) {
      const outcome = randomOperation(random, { library: docs[LIBRARY], practice: docs[PRACTICE], now }, pool);
      if (!outcome.endsWith(':notFound')) applied++;
    }
    // Random delays and order: a few random queued messages per step (about as many as are sent).
    const deliveries = random.int(0, 8);
    for (let i = 0; i < deliveries && network.pending > 0; i++) network.deliver(random.int(0, network.pending - 1));
    if (random.bool(0.03)) {
      const peer = random.int(0, PEERS - 1);
      network.setOnline(peer, !network.isOnline(peer));
    }
  }
  network.flush();
  return { applied, network };
}

/** Every replica has the same state and reads the same, valid library and practice log. */
export function expectConverged(seed: number): void {
  const failure = `seed ${seed} failed (rerun with FUZZ_SEED=${seed})`;
  const { applied, network } = runScenario(seed);
  expect(applied, failure).toBeGreaterThan(OPERATIONS / 2);
  const [first, ...others] = network.peers;
  const firstLibrary = first?.[LIBRARY];
  const firstPractice = first?.[PRACTICE];
  if (!firstLibrary || !firstPractice) throw new Error('no peers');
  const library = readLibrary(firstLibrary);
  const practice = readPracticeLog(firstPractice);
  expect(library.issues, failure).toEqual([]);
  expect(practice.issues, failure).toEqual([]);
  expect(library.songs.length + library.deletedSongs.length, failure).toBeGreaterThan(0);
  for (const docs of others) {
    expect(Y.encodeStateVector(docs[LIBRARY] ?? firstLibrary), failure).toEqual(Y.encodeStateVector(firstLibrary));
    expect(Y.encodeStateVector(docs[PRACTICE] ?? firstPractice), failure).toEqual(Y.encodeStateVector(firstPractice));
    for (const doc of docs) expect(doc.store.pendingStructs, failure).toBeNull();
    expect(readLibrary(docs[LIBRARY] ?? firstLibrary), failure).toEqual(library);
    expect(readPracticeLog(docs[PRACTICE] ?? firstPractice), failure).toEqual(practice);
  }
}
