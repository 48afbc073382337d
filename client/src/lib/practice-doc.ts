import type { DocOwner } from './doc-owner.ts';
import { openLocalDoc, type LocalDocHandle, type OpenLocalDocOptions } from './local-doc.ts';
import { closeTrackedDoc, trackDoc } from './open-docs.ts';

/** IndexedDB name of a practice-log document (DOC12), namespaced like the library's. */
export function practiceStorageName(owner: DocOwner): string {
  return owner === 'guest' ? 'metmap:practice:guest' : `metmap:practice:${owner.userId}`;
}

const practiceDocs = new Map<string, LocalDocHandle>();

/**
 * The practice log of `owner` in this tab, opened on first use: the log is a second document so it
 * never slows the library's cold start (DESIGN), and pages that show no practice never load it.
 */
export function practiceDocFor(owner: DocOwner, options?: OpenLocalDocOptions): LocalDocHandle {
  const name = practiceStorageName(owner);
  let handle = practiceDocs.get(name);
  if (handle === undefined) {
    handle = trackDoc(openLocalDoc(name, options));
    practiceDocs.set(name, handle);
  }
  return handle;
}

/** The guest practice log of this tab, opened on first use. */
export function guestPracticeDoc(options?: OpenLocalDocOptions): LocalDocHandle {
  return practiceDocFor('guest', options);
}

/** Closes `owner`'s practice log in this tab, if open (switching accounts, removing a local copy). */
export async function closePracticeDoc(owner: DocOwner): Promise<void> {
  const name = practiceStorageName(owner);
  const handle = practiceDocs.get(name);
  if (handle === undefined) return;
  practiceDocs.delete(name);
  await closeTrackedDoc(handle);
}
