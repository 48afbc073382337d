// Scenario 2: 1,000 active users, two devices each, each user editing once every 5 s.
import { ActiveResultSchema, NothingSchema, OpenResultSchema, type ActiveResult } from './ipc.ts';
import { withServer, waitUntilQuiet, type CapacityContext } from './context.ts';
import { formatLoad, measureCpu, readRssBytes, readThreadCpuSeconds, threadCpuDelta } from './proc-stats.ts';
import { histogramBuckets, quantileBetween } from './prometheus.ts';
import { fmtMb, fmtMs, fmtPct, latencyLine, percentile } from './report.ts';
import { seedProjections } from './seed-projections.ts';
import { seedUsers } from './seed.ts';
import { buildLibrary, type LibraryShape } from './small-library.ts';
import { splitEvenly } from './worker-pool.ts';

const S = 'active';
/** A working musician's library: 20 songs of 6 sections with 4 chords each. */
export const ACTIVE_LIBRARY: LibraryShape = { songs: 20, sectionsPerSong: 6, chordsPerSection: 4 };
const FANOUT_P95_TARGET_MS = 50;
const ACK_P95_TARGET_MS = 100;
const ACK_HISTOGRAM = 'metmap_sync_ack_latency_seconds';

export async function runActiveScenario(ctx: CapacityContext): Promise<void> {
  const userCount = ctx.setting('CAPACITY_ACTIVE_USERS', 1_000);
  const workerCount = ctx.setting('CAPACITY_ACTIVE_WORKERS', 2);
  const seconds = ctx.setting('CAPACITY_ACTIVE_SECONDS', 60);
  const intervalMs = ctx.setting('CAPACITY_EDIT_INTERVAL_MS', 5_000);
  const seed = ctx.setting('CAPACITY_SEED', 1 + Math.floor(Math.random() * 2 ** 31));
  const library = buildLibrary(ACTIVE_LIBRARY);
  ctx.report.figure(S, 'library per user (encoded)', `${library.update.length} bytes (${ACTIVE_LIBRARY.songs} songs × ${ACTIVE_LIBRARY.sectionsPerSong} sections × ${ACTIVE_LIBRARY.chordsPerSection} chords)`);
  ctx.report.note(S, `seed ${seed} (replay: CAPACITY_SEED=${seed})`);
  const seeded = await seedUsers(ctx.fresh.db, userCount, library.update, 'active');
  await seedProjections(ctx.fresh.db, seeded, library.update);
  const users = seeded.map((user) => ({ cookie: user.cookie, doc: user.doc, songIds: library.songIds }));

  await withServer(ctx, S, workerCount, async (server, workers) => {
    const slices = splitEvenly(users, workers.length);
    const opened = await Promise.all(workers.map((worker, i) => worker.request({ type: 'active-open', url: server.url, users: slices[i] ?? [], concurrency: 25 }, OpenResultSchema)));
    const ok = opened.reduce((sum, r) => sum + r.opened, 0);
    ctx.report.figure(S, 'users with both devices synced', `${ok} of ${userCount} (${2 * ok} connections)`, { text: `${userCount}`, met: ok === userCount });
    if (ok < userCount) ctx.report.note(S, `first errors: ${opened.flatMap((r) => r.errors).join(' | ')}`);
    await waitUntilQuiet(server.pid, 10, 120);

    ctx.report.figure(S, 'server RSS before the run', fmtMb(readRssBytes(server.pid)));
    const before = histogramBuckets(await server.metrics(), ACK_HISTOGRAM);
    const runStart = (performance.now() - server.startedAt) / 1000;
    ctx.report.note(S, `run window: ${runStart.toFixed(1)} s to ${(runStart + seconds).toFixed(1)} s after the server started (for slicing a --cpu-prof profile)`);
    const threadsBefore = readThreadCpuSeconds(server.pid);
    const cpuWindow = measureCpu(server.pid, seconds);
    const results = await Promise.all(
      workers.map((worker, i) => worker.request({ type: 'active-run', durationMs: seconds * 1000, editIntervalMs: intervalMs, seed: seed + i }, ActiveResultSchema)),
    );
    const cpu = await cpuWindow;
    const threads = threadCpuDelta(threadsBefore, readThreadCpuSeconds(server.pid));
    const after = histogramBuckets(await server.metrics(), ACK_HISTOGRAM);
    const merged = mergeResults(results);

    ctx.report.figure(S, 'edits', `${merged.edits} in ${seconds} s (${(merged.edits / seconds).toFixed(1)}/s)`);
    ctx.report.figure(S, 'fan-out to the other device', latencyLine(merged.fanoutMs));
    ctx.report.figure(S, 'fan-out p95', fmtMs(percentile(merged.fanoutMs, 95)), { text: `≤ ${FANOUT_P95_TARGET_MS} ms`, met: percentile(merged.fanoutMs, 95) <= FANOUT_P95_TARGET_MS });
    ctx.report.figure(S, 'acknowledgement (after COMMIT), client-side', latencyLine(merged.ackMs));
    ctx.report.figure(S, 'acknowledgement p95', fmtMs(percentile(merged.ackMs, 95)), { text: `≤ ${ACK_P95_TARGET_MS} ms`, met: percentile(merged.ackMs, 95) <= ACK_P95_TARGET_MS });
    const serverP95 = quantileBetween(before, after, 0.95);
    ctx.report.figure(S, 'acknowledgement p95, server-side (metrics histogram, interpolated)', serverP95 ? `${fmtMs(serverP95.value * 1000)} over ${serverP95.count} stores` : 'no samples');
    ctx.report.figure(S, 'edits never acknowledged / never fanned out', `${merged.missingAcks} / ${merged.missingFanouts}`, {
      text: '0 / 0',
      met: merged.missingAcks === 0 && merged.missingFanouts === 0,
    });
    ctx.report.figure(S, 'connections closed during the run', `${merged.closedDuringRun}`);
    ctx.report.figure(S, 'server CPU during the run (share of one core)', fmtPct(cpu.percentOfOneCore));
    ctx.report.figure(S, 'server CPU during the run by thread', threads);
    ctx.report.figure(S, 'server RSS at the end', fmtMb(readRssBytes(server.pid)));
    ctx.report.figure(S, 'load average during the run (1, 5, 15 min)', formatLoad(cpu.loadAverage));
    await Promise.all(workers.map((worker) => worker.request({ type: 'close-all' }, NothingSchema)));
  });
}

function mergeResults(results: readonly ActiveResult[]): ActiveResult {
  return {
    edits: results.reduce((sum, r) => sum + r.edits, 0),
    ackMs: results.flatMap((r) => r.ackMs),
    fanoutMs: results.flatMap((r) => r.fanoutMs),
    missingAcks: results.reduce((sum, r) => sum + r.missingAcks, 0),
    missingFanouts: results.reduce((sum, r) => sum + r.missingFanouts, 0),
    closedDuringRun: results.reduce((sum, r) => sum + r.closedDuringRun, 0),
  };
}
