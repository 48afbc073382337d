import type { LogCounters } from './document-store.ts';

export type CompactionPolicy = {
  /** Amortized cost of rewriting the snapshot, per logged update, that we accept (bytes). */
  snapshotBytesPerUpdate: number;
  /** Never compact for fewer updates than this (small documents), … */
  minUpdates: number;
  /** … and always once this many are logged (bounds the work of loading). */
  maxUpdates: number;
  /** Compact once the log holds this many bytes, or as many as the snapshot, whichever is more. */
  minLogBytes: number;
  /** When a document unloads, compact if at least this many updates are logged. */
  unloadMinUpdates: number;
};

export const DEFAULT_COMPACTION_POLICY: CompactionPolicy = {
  snapshotBytesPerUpdate: 512,
  minUpdates: 500,
  maxUpdates: 20_000,
  minLogBytes: 256 * 1024,
  unloadMinUpdates: 100,
};

/**
 * Whether the log should be folded now (SYNC9). Rewriting a snapshot of S bytes after N updates
 * costs S/N bytes per update, so N grows with S up to a cap; a log as large as the snapshot is
 * folded regardless (a big merge should not be replayed at every load).
 */
export function needsCompaction(counters: LogCounters, policy: CompactionPolicy): boolean {
  if (counters.updatesSinceSnapshot === 0) return false;
  if (counters.bytesSinceSnapshot >= Math.max(policy.minLogBytes, counters.snapshotBytes)) return true;
  const byCost = Math.ceil(counters.snapshotBytes / policy.snapshotBytesPerUpdate);
  const threshold = Math.min(policy.maxUpdates, Math.max(policy.minUpdates, byCost));
  return counters.updatesSinceSnapshot >= threshold;
}
