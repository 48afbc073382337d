import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { createDocRelay, type DocRelay } from './doc-relay.ts';
import { onOwnUpdates } from './own-updates.ts';
import { openBroadcastPort, relayChannelName, type RelayPort } from './relay-port.ts';
import { createStorageStatus, type StorageStatus, type StorageStatusSource } from './storage-status.ts';

/** How long the app waits for IndexedDB before it carries on in memory. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 4000;

/** Performance mark set when a document's storage has loaded (or been given up on): bench:client reads it. */
export function storageOpenedMark(storageName: string): string {
  return `${storageName} opened`;
}

/** A Yjs document of this tab, kept on the device and shared live with the browser's other tabs. */
export type LocalDocHandle = {
  readonly doc: Y.Doc;
  /** IndexedDB database name; also names the tab relay's channel. */
  readonly storageName: string;
  readonly storage: StorageStatusSource;
  /** Resolves once storage is ready or has been given up on; never rejects. */
  readonly whenOpened: Promise<StorageStatus>;
  /** The live link to other tabs; null where the browser has no BroadcastChannel. */
  readonly relay: DocRelay | null;
  /** Transaction origins of updates that came from storage or other tabs, not from this tab's user. */
  readonly incomingOrigins: ReadonlySet<unknown>;
  /**
   * Stops saving and relaying but keeps the document in memory, so the page can still render
   * while local data is being deleted. Resolves once the IndexedDB connection is closed.
   */
  detach(): Promise<void>;
  /** True once `detach` (or `destroy`) was called: nothing may be saved for this document any more. */
  isDetached(): boolean;
  destroy(): Promise<void>;
};

export type OpenLocalDocOptions = {
  timeoutMs?: number;
  /** Injected for tests; defaults to whether the browser has `indexedDB`. */
  hasIndexedDb?: boolean;
  /** Injected for tests; defaults to a BroadcastChannel. */
  openPort?: (channelName: string) => RelayPort | null;
};

/**
 * Opens the document stored under `storageName`: y-indexeddb keeps it on the device (and a
 * missing, failing or hanging IndexedDB never blocks: the status turns `memory-only`), and a
 * BroadcastChannel relay shares edits with the other tabs (y-indexeddb alone does not tell them).
 */
export function openLocalDoc(storageName: string, options: OpenLocalDocOptions = {}): LocalDocHandle {
  const doc = new Y.Doc();
  const status = createStorageStatus();
  const hasIndexedDb = options.hasIndexedDb ?? typeof indexedDB !== 'undefined';
  const persistence = hasIndexedDb ? new IndexeddbPersistence(storageName, doc) : null;
  // y-indexeddb listens to every update from the start, which makes Yjs encode the whole stored
  // library again as it loads (its own origin, which it then ignores). Listen only from the first
  // transaction of another origin instead: same updates stored, a faster cold start.
  let stopStoring = () => {};
  if (persistence !== null) {
    doc.off('update', persistence._storeUpdate);
    stopStoring = onOwnUpdates(doc, (origin) => origin === persistence, persistence._storeUpdate);
  }

  // Listen to other tabs from the start, so nothing they do while storage loads is missed.
  const port = (options.openPort ?? openBroadcastPort)(relayChannelName(storageName));
  const relay = port === null ? null : createDocRelay(doc, port, { skipOrigins: persistence === null ? [] : [persistence] });

  if (persistence !== null) markStoredUpdatesApplying(doc, persistence, storageName);
  const whenOpened = persistence === null ? memoryOnly(status) : watchOpen(persistence, status, options.timeoutMs);
  // Catch up once our own stored state is in: the diffs exchanged with other tabs stay small.
  void whenOpened.then(() => {
    performance.mark(storageOpenedMark(storageName));
    relay?.catchUp();
  });

  let detached: Promise<void> | undefined;
  const detach = () => {
    detached ??= (async () => {
      relay?.destroy();
      port?.close();
      stopStoring();
      await persistence?.destroy();
    })();
    return detached;
  };
  const incomingOrigins = new Set<unknown>([persistence, relay?.origin].filter((origin) => origin != null));
  return {
    doc,
    storageName,
    storage: status,
    whenOpened,
    relay,
    incomingOrigins,
    detach,
    isDetached: () => detached !== undefined,
    destroy: async () => {
      await detach();
      doc.destroy();
    },
  };
}

/** Marks when y-indexeddb starts applying what it read (bench:client splits the cold start with it). */
function markStoredUpdatesApplying(doc: Y.Doc, persistence: IndexeddbPersistence, storageName: string): void {
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== persistence) return;
    doc.off('beforeTransaction', onTransaction);
    performance.mark(`${storageName} applying`);
  };
  doc.on('beforeTransaction', onTransaction);
}

function memoryOnly(status: ReturnType<typeof createStorageStatus>): Promise<StorageStatus> {
  status.set({ state: 'memory-only', reason: 'unsupported' });
  return Promise.resolve(status.get());
}

function watchOpen(
  persistence: IndexeddbPersistence,
  status: ReturnType<typeof createStorageStatus>,
  timeoutMs = DEFAULT_STORAGE_TIMEOUT_MS,
): Promise<StorageStatus> {
  return new Promise<StorageStatus>((resolve) => {
    const timer = setTimeout(() => {
      status.set({ state: 'memory-only', reason: 'timeout' });
      resolve(status.get());
    }, timeoutMs);
    void persistence.whenSynced.then(() => {
      clearTimeout(timer);
      // A late open still counts: the stored updates merge into what was edited meanwhile.
      status.set({ state: 'ready' });
      resolve(status.get());
    });
    // whenSynced never settles when the open fails, so watch the open itself.
    persistence._db.catch((error: unknown) => {
      clearTimeout(timer);
      console.error('MetMap: on-device storage failed to open', error);
      status.set({ state: 'memory-only', reason: 'failed' });
      resolve(status.get());
    });
  });
}
