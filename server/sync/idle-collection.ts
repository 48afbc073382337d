import { getHeapStatistics } from 'node:v8';
import type { Logger } from '../logger.ts';

/** One full garbage collection of this isolate: `globalThis.gc` of a process started with --expose-gc. */
export type CollectGarbage = () => Promise<void>;

/**
 * SYNC17 Idle collection. Once documents have been unloaded and no other document has been
 * unloaded for `quietMs`, the process runs one full collection. An idle V8 isolate does not collect
 * on its own: its memory reducer waits for allocation that an idle server no longer does, so the
 * garbage of every visit since the last collection — and the pages holding it — stayed, and the
 * server's RSS stayed 45–75 MiB above its baseline after 1,500 short visits (docs/CAPACITY.md). A
 * server that keeps unloading documents keeps allocating, so V8's own heuristics run there, and this
 * timer keeps being pushed back: at most one collection per quiet spell, none on a busy server.
 * Without `collect` (a process started without --expose-gc) it does nothing.
 */
export function createIdleCollection(deps: { collect: CollectGarbage | undefined; quietMs: number; log: Logger }) {
  const { collect, quietMs, log } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let collections = 0;

  const run = async () => {
    timer = undefined;
    if (!collect || running) return;
    const before = getHeapStatistics();
    const started = performance.now();
    running = collect();
    try {
      await running;
      collections++;
      const after = getHeapStatistics();
      log.debug(
        { ms: Math.round(performance.now() - started), heapUsedBefore: before.used_heap_size, heapUsedAfter: after.used_heap_size, heapTotalAfter: after.total_heap_size },
        'sync: idle collection',
      );
    } catch (error) {
      log.warn({ err: error }, 'sync: idle collection failed');
    } finally {
      running = undefined;
    }
  };

  return {
    /** Whether collections run at all (the process has a collector). */
    enabled: collect !== undefined,
    /** A document was unloaded: collect once nothing else has been unloaded for `quietMs`. */
    unloaded(): void {
      if (!collect) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), quietMs);
      timer.unref();
    },
    /** Collections run so far (tests, logs). */
    collections: () => collections,
    stop(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
export type IdleCollection = ReturnType<typeof createIdleCollection>;
