import { openLocalDoc, type LocalDocHandle, type OpenLocalDocOptions } from './local-doc.ts';

export { DEFAULT_STORAGE_TIMEOUT_MS } from './local-doc.ts';

/** IndexedDB name of a library document; namespaced so other apps on the origin never collide. */
export function libraryStorageName(owner: 'guest' | { userId: string }): string {
  return owner === 'guest' ? 'metmap:library:guest' : `metmap:library:${owner.userId}`;
}

/** The library document of this tab, with its on-device persistence and tab relay. */
export type LibraryDocHandle = LocalDocHandle;
export type OpenLibraryDocOptions = OpenLocalDocOptions;

/**
 * Opens the guest library document. A missing, failing or hanging IndexedDB never blocks the
 * app: the status turns `memory-only` and the document keeps working in memory.
 */
export function openGuestLibraryDoc(options: OpenLibraryDocOptions = {}): LibraryDocHandle {
  return openLocalDoc(libraryStorageName('guest'), options);
}
