import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { createStorageStatus, type StorageStatus, type StorageStatusSource } from './storage-status.ts';

/** How long the app waits for IndexedDB before it carries on in memory. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 4000;

/** IndexedDB name of a library document; namespaced so other apps on the origin never collide. */
export function libraryStorageName(owner: 'guest' | { userId: string }): string {
  return owner === 'guest' ? 'metmap:library:guest' : `metmap:library:${owner.userId}`;
}

/** The library document of this tab, with its on-device persistence. */
export type LibraryDocHandle = {
  readonly doc: Y.Doc;
  readonly storageName: string;
  readonly storage: StorageStatusSource;
  /** Resolves once storage is ready or has been given up on; never rejects. */
  readonly whenOpened: Promise<StorageStatus>;
  destroy(): Promise<void>;
};

export type OpenLibraryDocOptions = {
  timeoutMs?: number;
  /** Injected for tests; defaults to the browser's `indexedDB`. */
  hasIndexedDb?: boolean;
};

/**
 * Creates the guest library document and persists it with y-indexeddb.
 * A missing, failing or hanging IndexedDB never blocks the app: the status turns
 * `memory-only` and the document keeps working in memory.
 */
export function openGuestLibraryDoc(options: OpenLibraryDocOptions = {}): LibraryDocHandle {
  const storageName = libraryStorageName('guest');
  const doc = new Y.Doc();
  const status = createStorageStatus();
  const hasIndexedDb = options.hasIndexedDb ?? typeof indexedDB !== 'undefined';

  if (!hasIndexedDb) {
    status.set({ state: 'memory-only', reason: 'unsupported' });
    return {
      doc,
      storageName,
      storage: status,
      whenOpened: Promise.resolve(status.get()),
      destroy: async () => doc.destroy(),
    };
  }

  const persistence = new IndexeddbPersistence(storageName, doc);
  const whenOpened = new Promise<StorageStatus>((resolve) => {
    const timer = setTimeout(() => {
      status.set({ state: 'memory-only', reason: 'timeout' });
      resolve(status.get());
    }, options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS);
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

  return {
    doc,
    storageName,
    storage: status,
    whenOpened,
    destroy: async () => {
      await persistence.destroy();
      doc.destroy();
    },
  };
}
