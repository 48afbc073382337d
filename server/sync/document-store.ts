/**
 * Where Yjs documents live (SPEC SYNC4, SYNC8, SYNC9): an append-only update log folded into
 * snapshots. One contract suite (document-store-contract.ts) runs against every implementation.
 */
export interface DocumentStore {
  /**
   * The stored state: the newest compacted snapshot and every update after it, in log order.
   * Null when nothing was ever stored. Throws on a database error, never returns an empty state
   * for a document that has data (an empty document written back would destroy it).
   */
  load(name: string): Promise<StoredDocument | null>;
  /**
   * Appends one update to the log; resolves only after COMMIT. Calls made in one event-loop turn
   * share one transaction. Rejects when the write failed (nothing of this call is stored then).
   */
  append(name: string, userId: string, update: Uint8Array): Promise<LogCounters>;
  /**
   * Folds the log into a new compacted snapshot under the document row's lock and deletes the
   * folded updates; records a daily snapshot once per UTC day and prunes those past retention.
   * With `force: false` (default) an empty log is left alone.
   */
  compact(name: string, options?: { force?: boolean }): Promise<CompactionResult>;
  /** The daily snapshots of a document, newest first (for the history feature). */
  listDailySnapshots(name: string): Promise<DailySnapshot[]>;
  /** The state of one snapshot of this document, or null. */
  readSnapshot(name: string, snapshotId: number): Promise<Uint8Array | null>;
}

export type StoredDocument = {
  /** Snapshot first (if any), then the updates; apply them all to get the document. */
  parts: Uint8Array[];
  /** Highest log position folded in (0 when the log was empty and there is no snapshot). */
  seq: number;
  /** Sum of the parts' sizes. */
  bytes: number;
};

/** The log since the last snapshot, as the append's transaction left it (decides compaction). */
export type LogCounters = {
  updatesSinceSnapshot: number;
  bytesSinceSnapshot: number;
  snapshotBytes: number;
};

export type CompactionResult =
  | { compacted: false }
  | { compacted: true; seq: number; snapshotBytes: number; foldedUpdates: number; dailyWritten: boolean; dailyPruned: number };

export type DailySnapshot = { id: number; day: string; seq: number; bytes: number; createdAt: Date };

/** How many days of daily snapshots are kept (the history feature's window). */
export const DAILY_SNAPSHOT_RETENTION_DAYS = 30;
