// Scenario 4: churn. 30 devices (10 users × 3) keep editing at 20 edits/s in total while, every
// 5–15 s, 1–10 of them go offline and come back 1–20 s later. After the load stops: how long until
// every replica and the stored document agree, how many edits were lost, who still has pending changes.
import * as Y from 'yjs';
import { createPgDocumentStore } from '../../server/sync/pg-document-store.ts';
import { applyStoredParts } from '../../server/sync/stored-parts.ts';
import { ChurnRunResultSchema, ChurnSettleResultSchema, NothingSchema, OpenResultSchema, type ChurnDevice } from './ipc.ts';
import { withServer, type CapacityContext } from './context.ts';
import { docFingerprint, stateVectorText } from './doc-fingerprint.ts';
import { formatLoad, measureCpu, readRssBytes } from './proc-stats.ts';
import { fmtMb, fmtPct } from './report.ts';
import { seedProjections } from './seed-projections.ts';
import { seedUsers } from './seed.ts';
import { buildLibrary } from './small-library.ts';
import { ACTIVE_LIBRARY } from './scenario-active.ts';

const S = 'churn';
const CONVERGE_TARGET_MS = 10_000;

export async function runChurnScenario(ctx: CapacityContext): Promise<void> {
  const userCount = ctx.setting('CAPACITY_CHURN_USERS', 10);
  const devicesPerUser = ctx.setting('CAPACITY_CHURN_DEVICES_PER_USER', 3);
  const seconds = ctx.setting('CAPACITY_CHURN_SECONDS', 300);
  const editsPerSecond = ctx.setting('CAPACITY_CHURN_EDITS_PER_SECOND', 20);
  const seed = ctx.setting('CAPACITY_SEED', 1 + Math.floor(Math.random() * 2 ** 31));
  ctx.report.note(S, `seed ${seed} (replay: CAPACITY_SEED=${seed}); ${userCount} users × ${devicesPerUser} devices, ${editsPerSecond} edits/s for ${seconds} s`);
  const library = buildLibrary(ACTIVE_LIBRARY);
  const seeded = await seedUsers(ctx.fresh.db, userCount, library.update, 'churn');
  await seedProjections(ctx.fresh.db, seeded, library.update);
  const users = seeded.map((u) => ({ cookie: u.cookie, doc: u.doc, songIds: library.songIds }));

  await withServer(ctx, S, 1, async (server, [worker]) => {
    if (!worker) throw new Error('no worker');
    const opened = await worker.request({ type: 'churn-open', url: server.url, users, devicesPerUser }, OpenResultSchema);
    ctx.report.figure(S, 'devices synced at start', `${opened.opened} of ${userCount * devicesPerUser}`, { text: `${userCount * devicesPerUser}`, met: opened.failed === 0 });

    const cpuWindow = measureCpu(server.pid, seconds);
    const run = await worker.request({ type: 'churn-run', durationMs: seconds * 1000, editsPerSecond, seed }, ChurnRunResultSchema);
    const cpu = await cpuWindow;
    ctx.report.figure(S, 'load', `${run.edits} edits, ${run.disconnects} disconnects, ${run.reconnects} reconnects during the run`);
    ctx.report.figure(S, 'server CPU during the run (share of one core)', fmtPct(cpu.percentOfOneCore));
    ctx.report.figure(S, 'load average during the run (1, 5, 15 min)', formatLoad(cpu.loadAverage));

    const settled = await worker.request({ type: 'churn-settle', timeoutMs: 60_000 }, ChurnSettleResultSchema);
    ctx.report.note(S, `${settled.offlineAtStop} device(s) were offline when the load stopped; they reconnect now`);
    ctx.report.figure(S, 'converged after the load stopped (every device saved, replicas equal)', settled.convergedMs === null ? 'not within 60 s' : `${(settled.convergedMs / 1000).toFixed(2)} s`, {
      text: '≤ 10 s',
      met: settled.convergedMs !== null && settled.convergedMs <= CONVERGE_TARGET_MS,
    });
    const verdict = await checkAgainstStore(ctx, settled.devices);
    ctx.report.figure(S, 'edits made / lost (missing from the stored document or a replica)', `${verdict.edits} / ${verdict.lost}`, { text: '0 lost', met: verdict.lost === 0 });
    ctx.report.figure(S, 'devices left with pending changes', `${verdict.pending}`, { text: '0', met: verdict.pending === 0 });
    ctx.report.figure(S, 'documents whose replicas differ from the stored document', `${verdict.differing} of ${userCount}`, { text: '0', met: verdict.differing === 0 });
    ctx.report.figure(S, 'server RSS at the end', fmtMb(readRssBytes(server.pid)));
    await worker.request({ type: 'close-all' }, NothingSchema);
  });
}

/** Compares every device with the document PostgreSQL holds (what a fresh process would load). */
async function checkAgainstStore(ctx: CapacityContext, devices: readonly ChurnDevice[]): Promise<{ edits: number; lost: number; pending: number; differing: number }> {
  const store = createPgDocumentStore(ctx.fresh.db);
  const names = [...new Set(devices.map((device) => device.doc))];
  let lost = 0;
  let differing = 0;
  for (const name of names) {
    const stored = new Y.Doc();
    applyStoredParts(stored, (await store.load(name))?.parts ?? [], null);
    const storedClocks = Y.decodeStateVector(Y.encodeStateVector(stored));
    const replicas = devices.filter((device) => device.doc === name);
    const vectors = replicas.map((device) => Y.decodeStateVector(Buffer.from(device.stateVector, 'base64')));
    for (const device of replicas) {
      for (const [clientId, clock] of device.edits) {
        const everywhere = (storedClocks.get(clientId) ?? 0) >= clock && vectors.every((vector) => (vector.get(clientId) ?? 0) >= clock);
        if (!everywhere) lost++;
      }
    }
    const storedVector = stateVectorText(stored);
    const storedPrint = docFingerprint(stored);
    const vectorsDiffer = replicas.filter((device) => device.stateVector !== storedVector).length;
    const contentDiffers = replicas.filter((device) => device.fingerprint !== storedPrint).length;
    if (vectorsDiffer + contentDiffers > 0) {
      differing++;
      ctx.report.note(S, `${name}: ${vectorsDiffer} replica(s) with another state vector, ${contentDiffers} with other content than stored`);
    }
    stored.destroy();
  }
  return {
    edits: devices.reduce((sum, device) => sum + device.edits.length, 0),
    lost,
    pending: devices.filter((device) => device.unsyncedChanges > 0 || !device.synced).length,
    differing,
  };
}
