import { sameOwner, type DocOwner } from './doc-owner.ts';
import { openLibraryDoc, type LibraryDocHandle } from './library-doc.ts';

/** The library document a tab shows, and whose it is. */
export type ActiveLibrary = { readonly owner: DocOwner; readonly handle: LibraryDocHandle };

/** A subscribable view of the active library (for `useSyncExternalStore`). */
export type ActiveLibrarySource = {
  get(): ActiveLibrary;
  subscribe(listener: () => void): () => void;
};

export type ActiveLibraryControl = ActiveLibrarySource & {
  /**
   * Shows `owner`'s library, opening it; returns the library it replaced (the caller closes it when
   * done with it), or null when `owner` is already shown.
   */
  switchTo(owner: DocOwner): ActiveLibrary | null;
};

/** Holds the tab's active library; signing in or out swaps it for every hook below the provider. */
export function createActiveLibrary(
  initial: ActiveLibrary,
  open: (owner: DocOwner) => LibraryDocHandle = openLibraryDoc,
): ActiveLibraryControl {
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
    switchTo(owner) {
      if (sameOwner(current.owner, owner)) return null;
      const previous = current;
      current = { owner, handle: open(owner) };
      for (const listener of [...listeners]) listener();
      return previous;
    },
  };
}
