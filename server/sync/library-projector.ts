import * as Y from 'yjs';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { concurrencyLimit } from '../concurrency-limit.ts';
import { applyRepairs } from './document-repair.ts';
import type { LiveDocument } from './live-document.ts';
import { isClientOrigin, LOAD_ORIGIN, REPAIR_ORIGIN } from './origins.ts';
import { emptyRows } from './projection-plan.ts';
import { readStoredProjection, writeProjection } from './projection-store.ts';
import { createProjectionWorker } from './projection-worker-client.ts';
import type { Projector } from './projector.ts';

const MAX_RETRY_DELAY_MS = 10_000;
/**
 * Projection reads and transactions in flight at once. Each holds a pool connection for several
 * round trips; unlimited, 1,000 active users' passes held every connection of the pool (10), mostly
 * idle in transaction, and the appends that acknowledgements wait for queued behind them for seconds
 * (bench:capacity active, pg_stat_activity). Appends use at most 4, sessions and REST the rest.
 */
const PROJECTION_CONNECTIONS = 3;
/** Rounds of repair-then-project within one pass (the worker stops asking after three). */
const MAX_ROUNDS = 5;
/**
 * A document at least this large (`estimatedBytes`) has its mirror put to rest as soon as a pass is
 * written, instead of after 60 s idle: awake, the mirror is a second copy of the document (~6 × its
 * encoded size) beside this thread's (~5.5 ×), over the 10 × a loaded document may cost (issue 8).
 * Waking it costs the worker a load of the state and a full projection (~0.5 s for a 1,000-song
 * library) each pass, so such a document's passes come less often (`large` timings, SYNC10).
 */
export const LARGE_DOCUMENT_BYTES = 1 << 20;
const isLarge = (live: LiveDocument) => live.estimatedBytes >= LARGE_DOCUMENT_BYTES;

type Entry = {
  live: LiveDocument;
  /** The document's id in the projection worker. */
  id: number;
  onUpdate: (update: Uint8Array, origin: unknown) => void;
  /** Compare with the rows in the database first (after a load, a failed write, a worker restart). */
  needsBaseline: boolean;
  generation: number;
  passes: number;
  dirty: boolean;
  firstDirtyAt: number | undefined;
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | undefined;
  failures: number;
  warnedNewer: boolean;
};

/**
 * Projects loaded documents into the relational tables (SYNC10) and repairs malformed client
 * writes on the way (SYNC11). A pass runs `debounceMs` after the last change and at most
 * `maxDelayMs` after the first unwritten one. The whole-document read, projection and diff run
 * in a worker thread on a mirror of the document; this thread applies repairs and writes the
 * changed rows with the state vector they come from, in one transaction.
 */
export function createLibraryProjector(deps: {
  db: Database;
  log: Logger;
  debounceMs: number;
  maxDelayMs: number;
  /** The same two for a document of LARGE_DOCUMENT_BYTES or more, whose every pass wakes its resting mirror. */
  large: { debounceMs: number; maxDelayMs: number };
}): Projector {
  const { log } = deps;
  const worker = createProjectionWorker(log);
  const entries = new Map<LiveDocument, Entry>();
  const withConnection = concurrencyLimit(PROJECTION_CONNECTIONS);

  const pass = async (entry: Entry) => {
    const { live } = entry;
    if (live.discarded) return;
    if (entry.generation !== worker.generation()) {
      entry.generation = worker.generation();
      entry.needsBaseline = true;
    }
    const baseline = entry.needsBaseline ? await withConnection(() => readStoredProjection(deps.db, live.userId, live.kind, emptyRows(live.userId))) : null;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // The mirror is at this state when it reads the request: every update before it was sent first.
      const stateVector = Y.encodeStateVector(live.doc);
      const passId = ++entry.passes;
      const result = await worker.project(entry.id, passId, baseline);
      if (result.kind === 'newer') {
        if (!entry.warnedNewer) log.warn({ doc: live.name }, 'document written by a newer release: not projected');
        entry.warnedNewer = true;
        return;
      }
      if (result.kind === 'repair') {
        log.info({ doc: live.name, repaired: result.ops.length }, 'repaired malformed client writes');
        applyRepairs(live.doc, live.kind, result.ops, REPAIR_ORIGIN);
        continue;
      }
      try {
        const { diff } = result;
        if (diff) await withConnection(() => writeProjection(deps.db, { docName: live.name, userId: live.userId, kind: live.kind, diff, stateVector }));
      } catch (error) {
        worker.settled(entry.id, passId, false, false);
        throw error;
      }
      worker.settled(entry.id, passId, true, isLarge(live));
      entry.needsBaseline = false;
      return;
    }
    throw new Error('projection kept asking for repairs');
  };

  const run = (entry: Entry): Promise<void> => {
    entry.running ??= (async () => {
      clearTimeout(entry.timer);
      entry.timer = undefined;
      entry.dirty = false;
      entry.firstDirtyAt = undefined;
      try {
        await pass(entry);
        entry.failures = 0;
      } catch (error) {
        entry.failures++;
        entry.dirty = true;
        entry.needsBaseline = true;
        log.warn({ err: error, doc: entry.live.name, failures: entry.failures }, 'projection failed; retrying');
        throw error;
      } finally {
        entry.running = undefined;
        if (entry.dirty && entries.get(entry.live) === entry) schedule(entry);
      }
    })();
    return entry.running;
  };

  function schedule(entry: Entry) {
    if (entry.running) return; // the pass re-schedules itself when it ends dirty
    const now = Date.now();
    entry.firstDirtyAt ??= now;
    const { debounceMs, maxDelayMs } = isLarge(entry.live) ? deps.large : deps;
    const backoff = entry.failures > 0 ? Math.min(MAX_RETRY_DELAY_MS, debounceMs * 2 ** entry.failures) : 0;
    const at = backoff > 0 ? now + backoff : Math.min(now + debounceMs, entry.firstDirtyAt + maxDelayMs);
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void run(entry).catch(() => undefined), Math.max(0, at - now));
  }

  const markDirty = (entry: Entry) => {
    entry.dirty = true;
    schedule(entry);
  };

  return {
    track(live) {
      const entry: Entry = {
        live,
        id: worker.open(live.kind, live.userId, live.doc),
        onUpdate: (update, origin) => {
          if (origin === LOAD_ORIGIN) return;
          worker.update(entry.id, update, isClientOrigin(origin));
          markDirty(entry);
        },
        needsBaseline: true,
        generation: worker.generation(),
        passes: 0,
        dirty: false,
        firstDirtyAt: undefined,
        timer: undefined,
        running: undefined,
        failures: 0,
        warnedNewer: false,
      };
      entries.set(live, entry);
      live.doc.on('update', entry.onUpdate);
      // The first pass compares with the stored rows, so drift from a crash or an older release is repaired.
      markDirty(entry);
    },
    async flush(live) {
      const entry = entries.get(live);
      if (!entry) return;
      if (entry.running) await entry.running.catch(() => undefined);
      if (entry.dirty) await run(entry);
    },
    forget(live) {
      const entry = entries.get(live);
      if (!entry) return;
      clearTimeout(entry.timer);
      live.doc.off('update', entry.onUpdate);
      worker.close(entry.id);
      entries.delete(live);
    },
    async idle() {
      for (;;) {
        const busy = [...entries.values()].filter((e) => e.dirty || e.running);
        if (busy.length === 0) return;
        // A failing projection rejects here instead of spinning: the caller decides whether to wait on.
        await Promise.all(busy.map((e) => e.running ?? run(e)));
      }
    },
    stop() {
      for (const entry of entries.values()) clearTimeout(entry.timer);
      void worker.stop();
    },
  };
}
