// npm run bench:sync — sync latency and storage cost (issue 5), in one run:
//  1. an edit on device A visible on device B through the full server (p50, p99), beside a bare `ws`
//     relay measured the same way (round-robin, same frames, same process layout);
//  2. edit → acknowledged by the server, which acknowledges only after COMMIT (p50, p95), with a
//     sample of acknowledged edits looked up in the update log;
//  3. bytes written to the update log and snapshots per one-field edit on a 1,000-song library,
//     over one whole compaction cycle, beside the size of a full snapshot.
// The server (server/main.ts) and the relay each run in their own process; both devices of each
// pair live in this process, so their CPU is not the server's. Loopback only; bounded in count and
// time. Settings: SYNC_BENCH_ROUNDS, SYNC_BENCH_WARMUP, SYNC_BENCH_BYTES_SECONDS,
// SYNC_BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), DATABASE_URL (an admin
// URL the fresh database is created through; default postgres://root@127.0.0.1:5432/postgres).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import { libraryDocName, readLibrary, updateSong } from '../shared/library/index.ts';
import { buildHeavyLibrary } from './heavy-library.ts';
import { createBenchDatabase } from './sync/bench-database.ts';
import { percentile, timeRawEdit, timeServerEdit, type EditTiming } from './sync/latency.ts';
import { openRawDevice } from './sync/raw-pair.ts';
import { startChildServer } from './sync/server-process.ts';
import { openTimedDevice } from './sync/timed-device.ts';
import { isStored, readWrittenBytes, storedDocument } from './sync/update-log.ts';

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const ROUNDS = setting('SYNC_BENCH_ROUNDS', 2_000);
const WARMUP = setting('SYNC_BENCH_WARMUP', 300);
const LATENCY_SECONDS = setting('SYNC_BENCH_LATENCY_SECONDS', 180);
const BYTES_SECONDS = setting('SYNC_BENCH_BYTES_SECONDS', 240);
/** Pause between rounds: keeps each device under the server's 100 messages/s (SYNC12). */
const ROUND_GAP_MS = 8;
/** Every n-th measured acknowledgement is looked up in the update log (PostgreSQL only). */
const CONFIRM_EVERY = 20;
const adminUrl = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const load = () => os.loadavg().map((v) => v.toFixed(2)).join(', ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const f2 = (v: number) => v.toFixed(2);
const kb = (b: number) => `${(b / 1024).toFixed(2)} KiB`;
const verdict = (value: number, target: number, unit: string) =>
  value <= target ? `met (target ≤ ${target} ${unit})` : `MISSED by ${f2(value - target)} ${unit} (target ≤ ${target} ${unit})`;

console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
console.log(`load average at start: ${load()}`);

const built = performance.now();
const library = buildHeavyLibrary().library;
const libraryState = Y.encodeStateAsUpdate(library);
const songIds = readLibrary(library).songs.map((s) => s.id);
console.log(`heavy library: ${songIds.length} songs, full state ${(libraryState.length / 1e6).toFixed(2)} MB (built in ${Math.round(performance.now() - built)} ms)`);

const outDir = mkdtempSync(path.join(os.tmpdir(), 'metmap-syncbench-'));
const database = await createBenchDatabase(adminUrl);
console.log(`database: ${database.describe}`);
const metricsToken = randomBytes(16).toString('hex');
const serverNodeArgs = (process.env.SYNC_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = await startChildServer({
  args: ['server/main.ts'],
  env: {
    ...database.serverEnv,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CLIENT_DIR: 'does-not-exist',
    METRICS_TOKEN: metricsToken,
  },
  ready: /MetMap listening on (http:\/\/\S+)/,
  logFile: path.join(outDir, 'server.log'),
  nodeArgs: serverNodeArgs,
});
const relay = await startChildServer({
  args: ['bench/sync/raw-relay.ts'],
  env: {},
  ready: /raw relay listening on (ws:\/\/\S+)/,
  logFile: path.join(outDir, 'relay.log'),
});
console.log(`server: node server/main.ts in its own process (pid ${server.pid}) at ${server.url}${serverNodeArgs.length ? ` with ${serverNodeArgs.join(' ')}` : ''}`);
console.log(`baseline: bench/sync/raw-relay.ts (bare ws relay) in its own process (pid ${relay.pid}); all four devices in this process (pid ${process.pid}); logs in ${outDir}`);

async function compactionsDone(): Promise<number> {
  const scrape = async (attempt: number): Promise<string> => {
    try {
      return await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
    } catch (error) {
      // A pooled connection the server closed while idle can fail once (ECONNRESET): ask again.
      if (attempt >= 3) throw error;
      return scrape(attempt + 1);
    }
  };
  const text = await scrape(1);
  const match = /^metmap_sync_compaction_duration_seconds_count\{outcome="ok"\} (\d+)/m.exec(text);
  return Number(match?.[1] ?? 0);
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const signup = await fetch(`${server.url}/api/auth/signup`, {
  method: 'POST',
  headers: { origin: server.url, 'content-type': 'application/json' },
  body: JSON.stringify({ email: `bench-${Date.now()}@example.com`, password: 'a long bench password of words' }),
});
if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${await signup.text()}`);
const cookie = signup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const me = z.object({ user: z.object({ id: z.string() }) }).parse(await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json());
const docName = libraryDocName(me.user.id);

const coordinatorDb = database.kind === 'postgres' ? await database.open() : null;
let failed = false;
try {
  // Device A brings the heavy library (its first sync sends all of it); B starts empty.
  const docA = new Y.Doc();
  Y.applyUpdate(docA, libraryState);
  const seeded = performance.now();
  const a = openTimedDevice({ url: server.url, name: docName, cookie, doc: docA });
  await a.synced(180_000);
  const b = openTimedDevice({ url: server.url, name: docName, cookie, doc: new Y.Doc() });
  await b.synced(180_000);
  await waitFor(async () => (await compactionsDone()) >= 1, 'the compaction of the seeded library', 120_000);
  console.log(`seeded: A sent the library, B received it, the server compacted it (${Math.round(performance.now() - seeded)} ms)`);

  const rawDocA = new Y.Doc();
  const rawDocB = new Y.Doc();
  Y.applyUpdate(rawDocA, libraryState);
  Y.applyUpdate(rawDocB, libraryState);
  const rawA = await openRawDevice(relay.url, docName, rawDocA);
  const rawB = await openRawDevice(relay.url, docName, rawDocB);

  let lastSent: Uint8Array | undefined;
  docA.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== a.provider) lastSent = update;
  });
  let editNo = 0;
  const oneFieldEdit = (doc: Y.Doc) => {
    const n = editNo++;
    const songId = songIds[n % songIds.length] ?? '';
    updateSong(doc, songId, { title: `Song ${n % songIds.length}, take ${n}` });
  };

  // 1 and 2: latency rounds.
  const server2b: number[] = [];
  const acked: number[] = [];
  const raw2b: number[] = [];
  const updateSizes: number[] = [];
  let checked = 0;
  let confirmed = 0;
  const loadBefore = load();
  const latencyDeadline = Date.now() + LATENCY_SECONDS * 1000;
  for (let round = 0; round < WARMUP + ROUNDS && Date.now() < latencyDeadline; round++) {
    const timing: EditTiming = await timeServerEdit(a, b, () => oneFieldEdit(docA));
    const raw = await timeRawEdit(rawB, () => oneFieldEdit(rawDocA));
    if (round >= WARMUP) {
      server2b.push(timing.toB);
      acked.push(timing.acked);
      raw2b.push(raw);
      updateSizes.push(lastSent?.length ?? 0);
      if (coordinatorDb && lastSent && (round - WARMUP) % CONFIRM_EVERY === 0) {
        checked++;
        if (await isStored(coordinatorDb, docName, lastSent)) confirmed++;
      }
    }
    await sleep(ROUND_GAP_MS);
  }
  const loadAfter = load();
  rawA.close();
  rawB.close();

  // 3: one whole compaction cycle of one-field edits from both devices, each under its rate limit.
  const cycleStarted = performance.now();
  const bytesDeadline = Date.now() + BYTES_SECONDS * 1000;
  let cycleEdits = 0;
  let lastPoll = 0;
  let compactions = await compactionsDone();
  while (compactions < 2 && Date.now() < bytesDeadline) {
    for (let i = 0; i < 4; i++) {
      oneFieldEdit(docA);
      oneFieldEdit(b.doc);
      cycleEdits += 2;
    }
    await sleep(50);
    if (Date.now() - lastPoll > 1000) {
      lastPoll = Date.now();
      compactions = await compactionsDone();
    }
  }
  await a.synced(60_000);
  await b.synced(60_000);
  const cycleSeconds = (performance.now() - cycleStarted) / 1000;
  const stateVectorA = Y.decodeStateVector(Y.encodeStateVector(docA));
  a.destroy();
  b.destroy();

  await server.stop();
  await relay.stop();
  const db = coordinatorDb ?? (await database.open());
  const stored = Y.decodeStateVector(Y.encodeStateVector(await storedDocument(db, docName)));
  const everyAcknowledgedEditStored = [...stateVectorA].every(([client, clock]) => (stored.get(client) ?? 0) >= clock);
  const written = await readWrittenBytes(db);

  const p = (values: number[], q: number) => percentile(values, q);
  const ab50 = p(server2b, 50);
  const ab99 = p(server2b, 99);
  const commit50 = p(acked, 50);
  const commit95 = p(acked, 95);
  console.log(`\nlatency rounds: ${server2b.length} measured after ${Math.min(WARMUP, editNo)} warm-up rounds; load average before ${loadBefore}, after ${loadAfter}`);
  console.log(`one-field edit update: median ${p(updateSizes, 50)} B (the same frames go through both paths)`);
  console.log(`A → B through the MetMap server: p50 ${f2(ab50)} ms, p99 ${f2(ab99)} ms, max ${f2(Math.max(...server2b))} ms`);
  console.log(`A → B through a bare ws relay:   p50 ${f2(p(raw2b, 50))} ms, p99 ${f2(p(raw2b, 99))} ms, max ${f2(Math.max(...raw2b))} ms`);
  console.log(`edit → committed (server's durable acknowledgement on A): p50 ${f2(commit50)} ms, p95 ${f2(commit95)} ms, p99 ${f2(p(acked, 99))} ms`);
  console.log(
    coordinatorDb
      ? `acknowledged edits looked up in the update log right after their acknowledgement: ${confirmed}/${checked} found`
      : 'acknowledged edits looked up during the run: none (PGlite has one process; checked after the run instead)',
  );
  console.log(`after the run, the stored document (snapshot + log) holds every edit A made: ${everyAcknowledgedEditStored ? 'yes' : 'NO'}`);
  // The run's second compaction closes a cycle only if the policy triggered it while editing;
  // otherwise the cycle was closed early by the compaction at unload (SYNC9), after too few edits.
  const cycle = compactions >= 2 ? written.cycle : null;
  let perEdit = Number.NaN;
  if (cycle) {
    perEdit = (cycle.logPayloadBytes + cycle.snapshotPayloadBytes) / cycle.edits;
    const perEditStored = (cycle.logRowBytes + cycle.snapshotRowBytes) / cycle.edits;
    console.log(
      `\nstorage, one compaction cycle: ${cycle.edits} one-field edits logged, ${(cycle.logPayloadBytes / cycle.edits).toFixed(0)} B each in the log; ` +
        `the closing compaction wrote ${(cycle.snapshotPayloadBytes / 1e6).toFixed(2)} MB (${(cycle.snapshotPayloadBytes / cycle.edits).toFixed(0)} B per edit)` +
        (cycle.dailySnapshotsInCycle > 0 ? ', a daily snapshot included' : ''),
    );
    console.log(`bytes written per one-field edit, compaction included: ${perEdit.toFixed(0)} B vs a full snapshot of ${(cycle.fullSnapshotBytes / 1e6).toFixed(2)} MB`);
    console.log(`  (as PostgreSQL stores them, TOAST-compressed, row headers included: ${perEditStored.toFixed(0)} B per edit)`);
  } else {
    console.log(`\nstorage: no compaction cycle completed within ${BYTES_SECONDS} s (${cycleEdits} edits sent); no per-edit figure`);
  }
  console.log(
    `daily snapshots (SYNC9, one per document per UTC day with a compaction, kept 30 days, not in the per-edit figure): ${written.totals.dailySnapshotBytes > 0 ? `${(written.totals.dailySnapshotBytes / 1e6).toFixed(2)} MB written this run` : 'none written'}`,
  );
  console.log(`bytes phase: ${cycleEdits} edits in ${cycleSeconds.toFixed(1)} s; everything written this run: ${written.totals.updates} log rows (${(written.totals.updateBytes / 1e6).toFixed(2)} MB, the seed included), ${written.totals.snapshots} snapshots (${(written.totals.snapshotBytes / 1e6).toFixed(2)} MB)`);

  console.log(`\n## Verdict (load average now ${load()}, node ${process.version}, ${os.cpus().length} cores, ${database.kind})`);
  console.log(`- A → B p50 ${f2(ab50)} ms: ${verdict(ab50, 5, 'ms')}`);
  console.log(`- A → B p99 ${f2(ab99)} ms: ${verdict(ab99, 25, 'ms')}`);
  console.log(`- edit → committed p95 ${f2(commit95)} ms: ${verdict(commit95, 50, 'ms')}`);
  console.log(`- bytes per one-field edit ${Number.isNaN(perEdit) ? 'not measured' : `${perEdit.toFixed(0)} B (${kb(perEdit)})`}: ${Number.isNaN(perEdit) ? 'unknown' : verdict(perEdit, 1024, 'B')}`);
  if (!everyAcknowledgedEditStored || confirmed !== checked) failed = true;
} catch (error) {
  failed = true;
  console.error('bench:sync failed:', error);
  await server.stop();
  await relay.stop();
} finally {
  await database.drop();
}
process.exit(failed ? 1 : 0);
