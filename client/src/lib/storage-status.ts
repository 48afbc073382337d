/** Where the library document is kept on this device right now. */
export type StorageStatus =
  | { readonly state: 'opening' }
  | { readonly state: 'ready' }
  | { readonly state: 'memory-only'; readonly reason: 'unsupported' | 'failed' | 'timeout' };

/** A read-only, subscribable view of the storage status (for `useSyncExternalStore`). */
export type StorageStatusSource = {
  get(): StorageStatus;
  subscribe(listener: () => void): () => void;
};

/** A tiny observable value; the document module owns it, React only reads it. */
export function createStorageStatus(): StorageStatusSource & { set(next: StorageStatus): void } {
  let current: StorageStatus = { state: 'opening' };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      // A failed open is final; a late success after a timeout is not.
      if (current.state === 'memory-only' && current.reason === 'failed') return;
      current = next;
      for (const listener of listeners) listener();
    },
  };
}
