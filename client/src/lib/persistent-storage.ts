import type * as Y from 'yjs';
import { transactionChanged } from './own-updates.ts';

/** The parts of `navigator.storage` MetMap uses (tests supply a fake). */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/** How much this origin stores, and whether the browser may evict it under storage pressure. */
export type StorageUsage = {
  usageBytes: number | null;
  quotaBytes: number | null;
  /** null: the browser cannot say. */
  persisted: boolean | null;
};

function browserStorageManager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage !== undefined ? navigator.storage : null;
}

/** Reads usage, quota and the persistence grant; nothing is null where the browser answers. */
export async function readStorageUsage(manager = browserStorageManager()): Promise<StorageUsage> {
  if (manager === null) return { usageBytes: null, quotaBytes: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    manager.estimate().catch(() => ({ usage: undefined, quota: undefined })),
    manager.persisted().catch(() => null),
  ]);
  return { usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted };
}

/** Asks the browser to keep this origin's data under storage pressure; null when it cannot. */
export async function requestPersistentStorage(manager = browserStorageManager()): Promise<boolean | null> {
  if (manager === null) return null;
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return null;
  }
}

/**
 * Requests persistent storage once, on this tab's first own edit: until the user has made
 * something there is nothing worth protecting, and some browsers show a prompt for it.
 * `incomingOrigins` are storage and other tabs, whose updates do not count. Returns the unsubscribe.
 */
export function requestPersistenceOnFirstEdit(
  doc: Y.Doc,
  incomingOrigins: ReadonlySet<unknown>,
  request: () => Promise<unknown> = requestPersistentStorage,
): () => void {
  const afterTransaction = (transaction: Y.Transaction) => {
    if (incomingOrigins.has(transaction.origin) || !transactionChanged(transaction)) return;
    doc.off('afterTransaction', afterTransaction);
    void request();
  };
  doc.on('afterTransaction', afterTransaction);
  return () => doc.off('afterTransaction', afterTransaction);
}
