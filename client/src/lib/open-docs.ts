import type { LocalDocHandle } from './local-doc.ts';

const open = new Set<LocalDocHandle>();

/** Registers a document this tab opened, so clearing or removing local data can close it first. */
export function trackDoc<H extends LocalDocHandle>(handle: H): H {
  open.add(handle);
  return handle;
}

/**
 * Stops saving and relaying a tracked document and closes its database, then forgets it. The
 * Y.Doc itself is left alone (a page may still render it for a moment) and is collected with it.
 */
export async function closeTrackedDoc(handle: LocalDocHandle): Promise<void> {
  open.delete(handle);
  await handle.detach();
}

/** Every document this tab has open right now. */
export function openDocHandles(): readonly LocalDocHandle[] {
  return [...open];
}
