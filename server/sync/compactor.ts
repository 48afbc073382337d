import type { Logger } from '../logger.ts';
import { needsCompaction, type CompactionPolicy } from './compaction-policy.ts';
import type { DocumentStore, LogCounters } from './document-store.ts';
import type { LiveDocument } from './live-document.ts';

/**
 * Runs compactions in the background, at most one per document at a time in this process (other
 * processes are kept out by the document row lock, SYNC9). A failed compaction loses nothing: the
 * log stays and the next trigger tries again.
 */
export function createCompactor(deps: { store: DocumentStore; policy: CompactionPolicy; log: Logger }) {
  const running = new Map<string, Promise<void>>();

  const run = (live: LiveDocument): Promise<void> => {
    const current = running.get(live.name);
    if (current) return current;
    const job = (async () => {
      try {
        const result = await deps.store.compact(live.name);
        if (result.compacted) {
          live.logUpdates = 0;
          live.estimatedBytes = result.snapshotBytes;
          deps.log.debug({ doc: live.name, ...result }, 'compacted');
        }
      } catch (error) {
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
