import type { Logger } from '../logger.ts';
import type { SyncRecorder } from '../metrics/recorders.ts';
import { needsCompaction, type CompactionPolicy } from './compaction-policy.ts';
import type { DocumentStore, LogCounters } from './document-store.ts';
import type { LiveDocument } from './live-document.ts';

/**
 * Runs compactions in the background, at most one per document at a time in this process (other
 * processes are kept out by the document row lock, SYNC9). A failed compaction loses nothing: the
 * log stays and the next trigger tries again.
 */
export function createCompactor(deps: { store: DocumentStore; policy: CompactionPolicy; log: Logger; metrics?: Pick<SyncRecorder, 'compaction'> }) {
  const running = new Map<string, Promise<void>>();

  const run = (live: LiveDocument): Promise<void> => {
    const current = running.get(live.name);
    if (current) return current;
    const job = (async () => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const result = await deps.store.compact(live.name);
        deps.metrics?.compaction({ seconds: seconds(), ok: true });
        if (result.compacted) {
          live.logUpdates = 0;
          live.estimatedBytes = result.snapshotBytes;
          deps.log.info({ doc: live.name, ms: Math.round(seconds() * 1000), ...result }, 'sync: compacted');
        }
      } catch (error) {
        deps.metrics?.compaction({ seconds: seconds(), ok: false });
        deps.log.warn({ err: error, doc: live.name }, 'compaction failed; the log is kept');
      } finally {
        running.delete(live.name);
      }
    })();
    running.set(live.name, job);
    return job;
  };

  return {
    /** After an append: compact in the background when the log passed the thresholds. */
    consider(live: LiveDocument, counters: LogCounters): void {
      live.logUpdates = counters.updatesSinceSnapshot;
      if (needsCompaction(counters, deps.policy)) void run(live);
    },
    /** Before a document unloads: fold a log long enough to slow the next load. */
    async beforeUnload(live: LiveDocument): Promise<void> {
      if (live.logUpdates >= deps.policy.unloadMinUpdates) await run(live);
    },
    idle: () => Promise.all([...running.values()]).then(() => undefined),
  };
}
export type Compactor = ReturnType<typeof createCompactor>;
