// Scenario 3: the heap of a loaded document, unloading idle documents, and RSS after many
// connect/disconnect cycles.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CyclesResultSchema, DocHeapResultSchema, type DocHeapResult } from './ipc.ts';
import { withServer, type CapacityContext } from './context.ts';
import { sleep } from './bounded.ts';
import { readRssBytes } from './proc-stats.ts';
import { sampleValues } from './prometheus.ts';
import { fmtMb, fmtMs } from './report.ts';
import type { ServerProcess } from './server-process.ts';
import { seedProjections } from './seed-projections.ts';
import { seedUsers } from './seed.ts';
import { buildLibrary } from './small-library.ts';
import { ACTIVE_LIBRARY } from './scenario-active.ts';

const S = 'memory';
const IdleCollectionLogSchema = z.object({ ms: z.number(), heapUsedBefore: z.number(), heapUsedAfter: z.number(), heapTotalAfter: z.number() });
const HEAP_RATIO_TARGET = 10;
const UNLOAD_TARGET_S = 60;
const RSS_RETURN_TARGET = 50 * 2 ** 20;
/** How long after the warm-up's documents unload the baseline is read: after the idle collection and the worker's exit (10 s each). */
const SETTLE_MS = 20_000;

export async function runMemoryScenario(ctx: CapacityContext): Promise<void> {
  // CAPACITY_DOC_HEAP=0 skips the heavy-library part (quick runs of the cycles).
  if (process.env.CAPACITY_DOC_HEAP !== '0') await reportDocHeap(ctx);
  await runCycles(ctx);
}

async function reportDocHeap(ctx: CapacityContext): Promise<void> {
  const heap = await measureDocHeap(ctx);
  const ratio = (bytes: number) => `${fmtMb(bytes)} = ${(bytes / heap.encodedBytes).toFixed(2)} × encoded`;
  const duringPass = heap.heapDeltaBytes + heap.mirrorHeapBytes;
  const written = heap.heapDeltaBytes + heap.mirrorRestingHeapBytes + heap.mirrorRestingExternalBytes;
  const edited = heap.heapDeltaBytes + heap.mirrorAfterEditHeapBytes + heap.mirrorAfterEditExternalBytes;
  ctx.report.figure(S, 'heavy library: encoded size', fmtMb(heap.encodedBytes));
  ctx.report.figure(S, 'heavy library: load / load + first projection', `${fmtMs(heap.loadMs)} / ${fmtMs(heap.settleMs)}`);
  ctx.report.figure(S, 'heavy library: heap of the loaded document, main thread (after GC)', `${ratio(heap.heapDeltaBytes)} (+ ${fmtMb(heap.externalDeltaBytes)} external)`);
  ctx.report.figure(S, 'heavy library: heap of its projection mirror (worker thread) while a pass is out', ratio(heap.mirrorHeapBytes));
  ctx.report.figure(S, 'heavy library: loaded, while a projection pass is out (mirror awake, for the pass), both', ratio(duringPass));
  ctx.report.figure(
    S,
    'heavy library: projection mirror once its pass is written (a large mirror rests): heap + its encoded state (off the heap)',
    `${fmtMb(heap.mirrorRestingHeapBytes)} + ${fmtMb(heap.mirrorRestingExternalBytes)}`,
  );
  ctx.report.figure(S, 'heavy library: loaded, its pass written, both (the mirror\'s encoded state counted)', ratio(written), {
    text: '≤ 10 × encoded',
    met: written / heap.encodedBytes <= HEAP_RATIO_TARGET,
  });
  ctx.report.figure(S, 'heavy library: after two more edits and passes, both (encoded state counted)', ratio(edited), {
    text: '≤ 10 × encoded',
    met: edited / heap.encodedBytes <= HEAP_RATIO_TARGET,
  });
  ctx.report.figure(
    S,
    'heavy library: projection worker time of a pass after one edit, mirror resting between passes / kept awake (median of 7)',
    `${fmtMs(heap.restingPassMs)} / ${fmtMs(heap.awakePassMs)}`,
  );
  ctx.report.figure(S, 'heavy library: heap left after unloading (after GC)', `${fmtMb(heap.heapAfterUnloadDeltaBytes)} (unloaded in ${fmtMs(heap.unloadMs)})`);
}

async function runCycles(ctx: CapacityContext): Promise<void> {
  const clients = ctx.setting('CAPACITY_CYCLE_CLIENTS', 30);
  const cycles = ctx.setting('CAPACITY_CYCLES', 50);
  const library = buildLibrary(ACTIVE_LIBRARY);
  const seeded = await seedUsers(ctx.fresh.db, clients, library.update, 'cycles');
  await seedProjections(ctx.fresh.db, seeded, library.update);
  const users = seeded.map((u) => ({ cookie: u.cookie, doc: u.doc, songIds: library.songIds }));

  await withServer(ctx, S, 1, async (server, [worker]) => {
    if (!worker) throw new Error('no worker');
    ctx.report.figure(S, 'server RSS at start', fmtMb(readRssBytes(server.pid)));
    const warm = await worker.request({ type: 'cycles', url: server.url, users, cycles: 1 }, CyclesResultSchema);
    const warmUnload = await secondsUntilUnloaded(server);
    ctx.report.figure(S, `idle documents unloaded after their last client (warm-up, ${clients} documents)`, `${warmUnload.toFixed(2)} s`, {
      text: `≤ ${UNLOAD_TARGET_S} s`,
      met: warmUnload <= UNLOAD_TARGET_S,
    });
    await sleep(5_000);
    const early = readRssBytes(server.pid);
    ctx.report.figure(S, 'server RSS 5 s after the warm-up cycle unloaded (the baseline until 27 November)', `${fmtMb(early)} (${await heapLine(server)})`);
    // The baseline proper: the server settled after the warm-up, as it is after the cycles — its
    // idle collection ran (SYNC17, 10 s after the last unload) and the idle projection worker exited.
    await sleep(SETTLE_MS - 5_000);
    const baseline = readRssBytes(server.pid);
    ctx.report.figure(S, `server RSS baseline (${SETTLE_MS / 1000} s after the warm-up cycle unloaded)`, `${fmtMb(baseline)} (${await heapLine(server)})`);

    let failures = warm.failures;
    const batch = Math.max(1, Math.ceil(cycles / 5));
    for (let done = 0; done < cycles; done += batch) {
      const result = await worker.request({ type: 'cycles', url: server.url, users, cycles: Math.min(batch, cycles - done) }, CyclesResultSchema);
      failures += result.failures;
      if (result.errors.length > 0) ctx.report.note(S, `errors: ${result.errors.join(' | ')}`);
      ctx.report.note(S, `after ${Math.min(cycles, done + batch)} cycles: RSS ${fmtMb(readRssBytes(server.pid))} (${(result.ms / 1000).toFixed(1)} s for the batch)`);
    }
    const unload = await secondsUntilUnloaded(server);
    ctx.report.figure(S, `idle documents unloaded after their last client (after ${cycles} cycles)`, `${unload.toFixed(2)} s`, {
      text: `≤ ${UNLOAD_TARGET_S} s`,
      met: unload <= UNLOAD_TARGET_S,
    });
    ctx.report.figure(S, `connect/sync/edit/disconnect visits that failed (${clients} clients × ${cycles} cycles)`, `${failures}`, { text: '0', met: failures === 0 });
    // RSS after the documents unloaded, and the main thread's V8 heap (GET /metrics), for a minute:
    // tells memory still held from memory the allocator has not handed back yet.
    let final = readRssBytes(server.pid);
    let waited = 0;
    for (const seconds of [10, 30, 60]) {
      await sleep((seconds - waited) * 1000);
      waited = seconds;
      final = readRssBytes(server.pid);
      ctx.report.note(S, `${seconds} s after unloading: RSS ${fmtMb(final)}, ${await heapLine(server)}`);
    }
    ctx.report.figure(S, 'idle collections the server ran (SYNC17), with their pauses', await idleCollections(path.join(ctx.outDir, `server-${S}.log`)));
    const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${fmtMb(bytes)}`;
    ctx.report.figure(S, `server RSS after ${clients} × ${cycles} cycles, documents unloaded`, `${fmtMb(final)} (${signed(final - baseline)} vs baseline, ${signed(final - early)} vs 5 s after the warm-up)`, {
      text: '≤ baseline + 50 MiB',
      met: final - baseline <= RSS_RETURN_TARGET,
    });
  });
}

/**
 * The main thread's V8 heap, used of total, and its external memory (ArrayBuffers included), from
 * GET /metrics (prom-client's process metrics). The projection worker's isolate is not in these.
 */
async function heapLine(server: ServerProcess): Promise<string> {
  const text = await server.metrics();
  const values = sampleValues(text);
  const used = values.get('nodejs_heap_size_used_bytes') ?? Number.NaN;
  const total = values.get('nodejs_heap_size_total_bytes') ?? Number.NaN;
  const external = values.get('nodejs_external_memory_bytes') ?? Number.NaN;
  const majorGcs = /^nodejs_gc_duration_seconds_count\{kind="major"\} (\S+)$/m.exec(text)?.[1] ?? '0';
  return `main-thread heap ${fmtMb(used)} used of ${fmtMb(total)} (${spaces(text)}), external ${fmtMb(external)}, ${majorGcs} major GCs so far`;
}

/** Used of total of the V8 heap's new and old spaces, from prom-client's per-space gauges. */
function spaces(text: string): string {
  const bytes = (kind: 'used' | 'total', space: string) =>
    Number(new RegExp(`^nodejs_heap_space_size_${kind}_bytes\\{space="${space}"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return ['new', 'old'].map((space) => `${space} ${fmtMb(bytes('used', space))} of ${fmtMb(bytes('total', space))}`).join(', ');
}

/** The server's idle collections (SYNC17) from its log: how many, and how long each took. */
async function idleCollections(logFile: string): Promise<string> {
  const entries = (await readFile(logFile, 'utf8'))
    .split('\n')
    .filter((line) => line.includes('"sync: idle collection"'))
    .map((line) => IdleCollectionLogSchema.parse(JSON.parse(line)));
  if (entries.length === 0) return 'none';
  return `${entries.length}: ${entries.map((e) => `${e.ms} ms (heap ${fmtMb(e.heapUsedBefore)} → ${fmtMb(e.heapUsedAfter)} used, ${fmtMb(e.heapTotalAfter)} total)`).join('; ')}`;
}

/** Seconds until the server reports no loaded document (polling GET /metrics every 100 ms, at most 120 s). */
async function secondsUntilUnloaded(server: ServerProcess): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    if (sampleValues(await server.metrics()).get('metmap_sync_loaded_documents') === 0) break;
    await sleep(100);
  }
  return (performance.now() - started) / 1000;
}

async function measureDocHeap(ctx: CapacityContext): Promise<DocHeapResult> {
  const child = spawn(process.execPath, ['--expose-gc', path.join(import.meta.dirname, 'doc-heap.ts')], {
    env: { PATH: process.env.PATH, DATABASE_URL: ctx.fresh.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`doc-heap exited with ${code}: ${output}`);
  return DocHeapResultSchema.parse(JSON.parse(output.trim().split('\n').at(-1) ?? ''));
}
