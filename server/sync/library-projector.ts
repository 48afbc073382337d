import * as Y from 'yjs';
import { isEmptyDiff, type ProjectedRows } from '../../shared/library/index.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { repairTouched, trackTouchedKeys } from './document-repair.ts';
import type { LiveDocument } from './live-document.ts';
import { isClientOrigin, REPAIR_ORIGIN } from './origins.ts';
import { emptyRows, planProjection, projectDocument } from './projection-plan.ts';
import { readStoredProjection, writeProjection } from './projection-store.ts';
import type { Projector } from './projector.ts';

const MAX_RETRY_DELAY_MS = 10_000;
const MAX_REPAIR_ROUNDS = 3;

type Entry = {
  live: LiveDocument;
  tracker: ReturnType<typeof trackTouchedKeys>;
  onUpdate: () => void;
  /** The rows last written (null until the first pass after loading compared with the stored rows). */
  written: ProjectedRows | null;
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
 * `maxDelayMs` after the first unwritten one; it reads the whole document, diffs against the rows
 * last written and writes only what changed, with the state vector, in one transaction.
 */
export function createLibraryProjector(deps: { db: Database; log: Logger; debounceMs: number; maxDelayMs: number }): Projector {
  const { log } = deps;
  const entries = new Map<LiveDocument, Entry>();

  const pass = async (entry: Entry) => {
    const { live } = entry;
    if (live.discarded) return;
    const { userId } = live;
    let projection = projectDocument(live.kind, userId, live.doc);
    if (projection.newer) {
      if (!entry.warnedNewer) log.warn({ doc: live.name }, 'document written by a newer release: not projected');
      entry.warnedNewer = true;
      return;
    }
    const touched = entry.tracker.take();
    // A repair can reveal the next problem (a restored song shows its broken field): a few rounds.
    const repaired = new Set<string>();
    for (let round = 0; round < MAX_REPAIR_ROUNDS && touched.size > 0 && projection.issues.length > 0; round++) {
      const keys = repairTouched(live.doc, live.kind, projection.issues, touched, REPAIR_ORIGIN, repaired);
      if (keys.length === 0) break;
      keys.forEach((key) => repaired.add(key));
      projection = projectDocument(live.kind, userId, live.doc);
    }
    if (repaired.size > 0) log.info({ doc: live.name, repaired: repaired.size }, 'repaired malformed client writes');
    const stateVector = Y.encodeStateVector(live.doc);
    const stored = entry.written === null ? await readStoredProjection(deps.db, userId, live.kind, emptyRows(userId)) : undefined;
    const previous = entry.written ?? stored?.rows ?? emptyRows(userId);
    const diff = planProjection(live.kind, previous, projection.rows, stored);
    if (!isEmptyDiff(diff)) await writeProjection(deps.db, { docName: live.name, userId, kind: live.kind, diff, stateVector });
    entry.written = projection.rows;
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
    const backoff = entry.failures > 0 ? Math.min(MAX_RETRY_DELAY_MS, deps.debounceMs * 2 ** entry.failures) : 0;
    const at = backoff > 0 ? now + backoff : Math.min(now + deps.debounceMs, entry.firstDirtyAt + deps.maxDelayMs);
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
        tracker: trackTouchedKeys(live.doc, live.kind, isClientOrigin),
        onUpdate: () => markDirty(entry),
        written: null,
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
      entry.tracker.stop();
      live.doc.off('update', entry.onUpdate);
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
    },
  };
}
