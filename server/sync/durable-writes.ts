import { SyncClose } from '../../shared/sync/close-codes.ts';
import { sqlErrorOf, SqlState } from '../db/sql-error.ts';
import type { Logger } from '../logger.ts';
import type { SyncRecorder } from '../metrics/recorders.ts';
import type { Compactor } from './compactor.ts';
import type { DocumentStore } from './document-store.ts';
import type { LiveDocument } from './live-document.ts';
import { retryWithBackoff, type RetryPolicy } from './retry.ts';
import { SyncRefusal } from './sync-refusal.ts';
import { decodeUpdateOrNull, isAlreadyApplied } from './update-check.ts';

export type DurableWritesDeps = {
  store: DocumentStore;
  compactor: Compactor;
  log: Logger;
  metrics?: Pick<SyncRecorder, 'storeFailed'>;
  maxDocumentBytes: number;
  /** How long a client's message is held while its write is retried (SYNC6). */
  hold: RetryPolicy;
};

/** Storing can never succeed for these: the document's owner is gone. */
function isPermanent(error: unknown): boolean {
  return sqlErrorOf(error)?.code === SqlState.foreignKeyViolation;
}

/**
 * The write path (SYNC4, SYNC6, SYNC7). A client's update is stored before Hocuspocus applies and
 * acknowledges it; any other change to a loaded document (direct connection, repair) is stored
 * after the fact, retried for as long as the document stays in memory.
 */
export function createDurableWrites(deps: DurableWritesDeps) {
  const append = async (live: LiveDocument, update: Uint8Array) => {
    const counters = await deps.store.append(live.name, live.userId, update);
    live.estimatedBytes += update.length;
    deps.compactor.consider(live, counters);
  };

  let stopped = false;

  const storeClientUpdate = async (live: LiveDocument, update: Uint8Array, stillWanted: () => boolean = () => true): Promise<void> => {
    if (live.estimatedBytes + update.length > deps.maxDocumentBytes) {
      deps.log.warn({ doc: live.name, bytes: live.estimatedBytes, update: update.length }, 'document size limit reached');
      throw new SyncRefusal(SyncClose.documentTooLarge);
    }
    try {
      await retryWithBackoff(() => append(live, update), deps.hold, {
        // A client that left is not waiting for this acknowledgement: it resends after reconnecting.
        shouldRetry: (error) => !isPermanent(error) && !live.discarded && !stopped && stillWanted(),
        onRetry: (error, attempt) => {
          deps.metrics?.storeFailed();
          deps.log.warn({ err: error, doc: live.name, attempt }, 'append failed; holding the message and retrying');
        },
      });
    } catch (error) {
      deps.log.error({ err: error, doc: live.name }, 'append failed; closing the connection (the client keeps its changes)');
      throw new SyncRefusal(SyncClose.storageUnavailable);
    }
  };

  return {
    /** Resolves once the update is committed (or was already stored); throws a SyncRefusal otherwise. */
    async acceptClientUpdate(live: LiveDocument, update: Uint8Array, stillWanted?: () => boolean): Promise<void> {
      const decoded = decodeUpdateOrNull(update);
      if (decoded === null) throw new SyncRefusal(SyncClose.invalidMessage);
      if (isAlreadyApplied(live.doc, decoded, update)) return;
      await storeClientUpdate(live, update, stillWanted);
    },

    /**
     * Stores a client's update without the containment check (the pipelined messages behind the
     * one being processed, SYNC4): resolves after COMMIT, throws a SyncRefusal otherwise.
     */
    storeClientUpdate,

    /** Stops every retry (shutdown): held messages fail, server-side changes are no longer retried. */
    stop(): void {
      stopped = true;
    },

    /** Stores a change that did not come from a connection; retried until stored or the document is discarded. */
    storeLocalUpdate(live: LiveDocument, update: Uint8Array): void {
      const job = retryWithBackoff(() => append(live, update), { ...deps.hold, deadlineMs: Infinity }, {
        shouldRetry: (error) => !isPermanent(error) && !live.discarded && !stopped,
        onRetry: (error, attempt) => {
          deps.metrics?.storeFailed();
          deps.log.warn({ err: error, doc: live.name, attempt }, 'storing a server-side change failed; retrying');
        },
      }).catch((error: unknown) => deps.log.error({ err: error, doc: live.name }, 'server-side change dropped: its document is gone'));
      live.pendingLocal.add(job);
      void job.finally(() => live.pendingLocal.delete(job));
    },

    /** Resolves once every server-side change made so far is committed; rejects after `timeoutMs`. */
    async flushLocal(live: LiveDocument, timeoutMs: number): Promise<void> {
      if (live.pendingLocal.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new SyncRefusal(SyncClose.storageUnavailable)), timeoutMs);
      });
      try {
        await Promise.race([Promise.all([...live.pendingLocal]), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
export type DurableWrites = ReturnType<typeof createDurableWrites>;
