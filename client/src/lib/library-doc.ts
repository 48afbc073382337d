import type { DocOwner } from './doc-owner.ts';
import { openLocalDoc, type LocalDocHandle, type OpenLocalDocOptions } from './local-doc.ts';
import { trackDoc } from './open-docs.ts';

export { DEFAULT_STORAGE_TIMEOUT_MS } from './local-doc.ts';

/** IndexedDB name of a library document; namespaced so other apps on the origin never collide. */
export function libraryStorageName(owner: DocOwner): string {
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
  return openLibraryDoc('guest', options);
}

/** Opens the library document of `owner` (the guest's, or an account's local copy), tracked for clearing. */
export function openLibraryDoc(owner: DocOwner, options: OpenLibraryDocOptions = {}): LibraryDocHandle {
  return trackDoc(openLocalDoc(libraryStorageName(owner), options));
}
