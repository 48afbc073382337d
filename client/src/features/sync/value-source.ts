/** A read-only, subscribable value, shaped for `useSyncExternalStore`. */
export type ValueSource<T> = {
  get(): T;
  subscribe(listener: () => void): () => void;
};

/** A tiny observable value: its owner sets it, React only reads it (STYLE: no transport writes UI state). */
export function createValueSource<T>(initial: T): ValueSource<T> & { set(next: T): void } {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      if (Object.is(next, current)) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
