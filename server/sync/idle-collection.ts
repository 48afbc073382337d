import { getHeapStatistics } from 'node:v8';
import type { Logger } from '../logger.ts';

/**
 * One memory-reducing collection of this isolate: V8's `gc` (a process started with --expose-gc)
 * with the last-resort flavour, which also shrinks the young generation and gives pooled pages
 * back; a plain major collection frees the garbage but keeps the pages (docs/CAPACITY.md).
 */
export type CollectGarbage = () => Promise<void>;

/**
 * SYNC17 Idle collection. Once the last loaded document has been unloaded and nothing has been
 * unloaded for `quietMs` with no document loaded again, the process runs one memory-reducing
 * collection. An idle V8 isolate does not collect on its own: its memory reducer waits for
 * allocation that an idle server no longer does, so the garbage of every visit since the last
 * collection — and the pages holding it — stayed, and the server's RSS stayed 45–80 MiB above its
 * baseline after 1,500 short visits (docs/CAPACITY.md). The collection pauses the process (~0.1 s
 * for a heap of 200 MiB), so it runs only when no document is loaded: nobody is syncing then. A
 * server that always has documents loaded keeps allocating, and V8's own heuristics work there.
 * Without `collect` (a process started without --expose-gc) it does nothing.
 */
export function createIdleCollection(deps: { collect: CollectGarbage | undefined; quietMs: number; documents: () => number; log: Logger }) {
  const { collect, quietMs, log } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let collections = 0;

  const run = async () => {
    timer = undefined;
    if (!collect || running || deps.documents() > 0) return;
    const before = getHeapStatistics();
    const started = performance.now();
    running = collect();
    try {
      await running;
      collections++;
      const after = getHeapStatistics();
      log.info(
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
    /** A document was unloaded: collect after `quietMs` if by then no document is loaded (and nothing else was unloaded). */
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
