import { KEEP_ALIVE_PING_AFTER_MS } from '../../shared/sync/keep-alive.ts';
import { DEFAULT_COMPACTION_POLICY, type CompactionPolicy } from './compaction-policy.ts';
import type { RetryPolicy } from './retry.ts';
import type { ShapingPolicy } from './ws-bridge.ts';

const MiB = 1024 * 1024;

/**
 * Tunables of the sync server (SYNC6, SYNC9, SYNC10, SYNC12–SYNC14). The limits come from the
 * config (SYNC_* variables); the rest have defaults that tests may shorten.
 */
export type SyncOptions = {
  /** WebSocket maxPayload: the largest frame a client may send. */
  maxMessageBytes: number;
  /** A document may not grow past this. */
  maxDocumentBytes: number;
  shaping: ShapingPolicy;
  /** A client's message is held this long while its write is retried, then the connection closes. */
  hold: RetryPolicy;
  compaction: CompactionPolicy;
  /** Projection: written this long after the last change … */
  projectionDebounceMs: number;
  /** … but never later than this after the first unwritten change. */
  projectionMaxDelayMs: number;
  /** The same two for a document of 1 MiB or more (LARGE_DOCUMENT_BYTES): each of its passes costs a load and a full projection. */
  largeProjectionDebounceMs: number;
  largeProjectionMaxDelayMs: number;
  /** Open sessions are re-validated this often (expiry, and sign-outs on other instances without Redis). */
  sessionRecheckMs: number;
  /** Documents with no connection left are retried for unloading this often. */
  idleSweepMs: number;
  /** Hocuspocus closes sockets silent for this long (and unauthenticated ones at this deadline). */
  connectionTimeoutMs: number;
  /** A socket silent for this long is sent a Ping (SYNC16); its Pong keeps it open. Well under the timeout. */
  keepAliveMs: number;
  /** After unloading documents, one full collection once none has been unloaded for this long (SYNC17). */
  idleCollectionMs: number;
};

export const DEFAULT_MAX_MESSAGE_BYTES = 16 * MiB;
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * MiB;
export const DEFAULT_MESSAGES_PER_SECOND = 100;

/** Options from the config's limits plus defaults for everything else. */
export function syncOptions(limits: { maxMessageBytes: number; maxDocumentBytes: number; messagesPerSecond: number }): SyncOptions {
  return {
    maxMessageBytes: limits.maxMessageBytes,
    maxDocumentBytes: limits.maxDocumentBytes,
    shaping: {
      messages: { capacity: limits.messagesPerSecond * 3, perSecond: limits.messagesPerSecond },
      // A whole document may arrive at once (first sync of a big library); after that, 2 MiB/s.
      bytes: { capacity: 2 * limits.maxMessageBytes, perSecond: 2 * MiB },
      maxQueuedFrames: 1_000,
    },
    hold: { deadlineMs: 10_000, initialDelayMs: 50, maxDelayMs: 2_000 },
    compaction: DEFAULT_COMPACTION_POLICY,
    projectionDebounceMs: 300,
    projectionMaxDelayMs: 1_000,
    largeProjectionDebounceMs: 1_000,
    largeProjectionMaxDelayMs: 3_000,
    sessionRecheckMs: 30_000,
    idleSweepMs: 15_000,
    connectionTimeoutMs: 60_000,
    keepAliveMs: KEEP_ALIVE_PING_AFTER_MS,
    idleCollectionMs: 10_000,
  };
}
