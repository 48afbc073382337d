// Scenario memory, in-process part: the heap one loaded document costs the sync server. Runs the
// real server (startMetMap) in this process with --expose-gc, loads the heavy benchmark library
// through Hocuspocus (hooks, projection and all), and compares the heap before and after.
// Prints one JSON line (ipc.ts DocHeapResultSchema) on stdout.
import * as Y from 'yjs';
import { parseConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { startMetMap } from '../../server/start-metmap.ts';
import { createProjectionEngine } from '../../server/sync/projection-engine.ts';
import { readLibrary, updateSong, UserIdSchema } from '../../shared/library/index.ts';
import { buildHeavyLibrary } from '../heavy-library.ts';
import { sleep } from './bounded.ts';
import type { DocHeapResult } from './ipc.ts';
import { seedUsers } from './seed.ts';

const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
const collect = async () => {
  // Twice, with a turn between: weak references and finalizers release more on the second pass.
  gc();
  await sleep(50);
  gc();
};
const heap = () => process.memoryUsage();

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, CLIENT_DIR: 'does-not-exist' });
const app = await startMetMap({ config, log: createLogger('silent') });
const [user] = await seedUsers(app.db, 1, Y.encodeStateAsUpdate(buildHeavyLibrary().library), 'heap');
if (!user) throw new Error('no user seeded');

// Warm the code paths on a small document first, so compiled code and pools are not billed to the document.
const [warm] = await seedUsers(app.db, 1, Y.encodeStateAsUpdate(buildHeavyLibrary({ songs: 5, sectionsPerSong: 2, chordsPerSection: 1, practiceSessions: 5, withEdits: true }).library), 'warm');
if (!warm) throw new Error('no user seeded');
const warmConnection = await app.sync.hocuspocus.openDirectConnection(warm.doc, {});
await app.sync.settle();
await warmConnection.disconnect();
while (app.sync.stats().documents > 0) await sleep(20);

await collect();
const before = heap();
const loadStarted = performance.now();
const connection = await app.sync.hocuspocus.openDirectConnection(user.doc, {});
const loadMs = performance.now() - loadStarted;
await app.sync.settle();
const settleMs = performance.now() - loadStarted;
await collect();
const loaded = heap();
// Read in a function, so this script holds no reference to the document once it unloads.
const encodedState = (name: string) => {
  const loadedDoc = app.sync.hocuspocus.documents.get(name);
  if (!loadedDoc) throw new Error('the document is not loaded');
  return Y.encodeStateAsUpdate(loadedDoc);
};
const encodedBytes = encodedState(user.doc).length;

// The projection worker keeps a mirror of the document (and a fingerprint of the rows last written)
// in its own isolate, out of this heap's sight: the same engine, run here, measures what that mirror
// costs — while its first pass is out (awake: a second copy of the document), once that pass is
// written (a mirror of a document over LARGE_DOCUMENT_BYTES then rests as its encoded state, off the
// heap: counted apart), and after two more edits and passes (each wakes it and rests it again).
const mirror = await (async () => {
  const engine = createProjectionEngine();
  const userId = UserIdSchema.parse(user.userId);
  const edits = (() => {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, encodedState(user.doc));
    const song = readLibrary(scratch).songs[0];
    if (!song) throw new Error('the heavy library has no song');
    return [1, 2, 3, 4, 5, 6, 7].map((n) => {
      const before = Y.encodeStateVector(scratch);
      updateSong(scratch, song.id, { notes: `Edited after loading, ${n}.` });
      return Y.encodeStateAsUpdate(scratch, before);
    });
  })();
  await collect();
  const start = heap();
  engine.handle({ type: 'open', id: 1, kind: 'library', userId, state: encodedState(user.doc) });
  engine.handle({ type: 'project', id: 1, pass: 1, baseline: null });
  await collect();
  const duringPass = heap().heapUsed - start.heapUsed;
  engine.handle({ type: 'settled', id: 1, pass: 1, written: true, rest: true });
  if (!engine.resting(1)) throw new Error('the mirror did not rest once its pass was written');
  await collect();
  const resting = heap();
  let pass = 1;
  for (const update of edits.slice(0, 2)) {
    engine.handle({ type: 'update', id: 1, update, fromClient: true });
    engine.handle({ type: 'project', id: 1, pass: ++pass, baseline: null });
    engine.handle({ type: 'settled', id: 1, pass, written: true, rest: true });
  }
  await collect();
  const edited = heap();
  engine.handle({ type: 'close', id: 1 });

  // What resting costs the worker: the time of a pass after an edit (update, project, settled) with
  // the mirror resting between passes, against one kept awake (incremental projection); medians.
  const passMs = (rest: boolean) => {
    const timed = createProjectionEngine();
    timed.handle({ type: 'open', id: 1, kind: 'library', userId, state: encodedState(user.doc) });
    timed.handle({ type: 'project', id: 1, pass: 1, baseline: null });
    timed.handle({ type: 'settled', id: 1, pass: 1, written: true, rest });
    const times: number[] = [];
    let n = 1;
    for (const update of edits) {
      const started = performance.now();
      timed.handle({ type: 'update', id: 1, update, fromClient: true });
      timed.handle({ type: 'project', id: 1, pass: ++n, baseline: null });
      timed.handle({ type: 'settled', id: 1, pass: n, written: true, rest });
      times.push(performance.now() - started);
    }
    timed.handle({ type: 'close', id: 1 });
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  };
  const restingPassMs = passMs(true);
  const awakePassMs = passMs(false);
  return {
    restingPassMs,
    awakePassMs,
    mirrorHeapBytes: duringPass,
    mirrorRestingHeapBytes: resting.heapUsed - start.heapUsed,
    mirrorRestingExternalBytes: resting.arrayBuffers - start.arrayBuffers,
    mirrorAfterEditHeapBytes: edited.heapUsed - start.heapUsed,
    mirrorAfterEditExternalBytes: edited.arrayBuffers - start.arrayBuffers,
  };
})();

const unloadStarted = performance.now();
await connection.disconnect();
while (app.sync.stats().documents > 0) await sleep(20);
const unloadMs = performance.now() - unloadStarted;
await collect();
const after = heap();
await app.close();

const result: DocHeapResult = {
  encodedBytes,
  heapDeltaBytes: loaded.heapUsed - before.heapUsed,
  ...mirror,
  externalDeltaBytes: loaded.external - before.external,
  loadMs,
  settleMs,
  heapAfterUnloadDeltaBytes: after.heapUsed - before.heapUsed,
  unloadMs,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
