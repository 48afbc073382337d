import type * as Y from 'yjs';
import { transactionChanged } from './own-updates.ts';

/** A memoized view of a Y.Doc shaped for `useSyncExternalStore`. */
export type DocSnapshot<T> = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
};

/**
 * Wraps `read(doc)` so it runs at most once per document update: React may call
 * `getSnapshot` many times per render and needs the same object back each time.
 */
export function createDocSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): DocSnapshot<T> {
  let cached: { value: T } | null = null;
  const listeners = new Set<() => void>();
  // Invalidate on every change, even with no subscriber, so a later reader never sees stale data.
  // afterTransaction, not 'update': an 'update' listener makes Yjs encode every transaction.
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (!transactionChanged(transaction)) return;
    cached = null;
    for (const listener of listeners) listener();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot() {
      cached ??= { value: read(doc) };
      return cached.value;
    },
  };
}
