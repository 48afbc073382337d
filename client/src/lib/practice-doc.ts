import { openLocalDoc, type LocalDocHandle, type OpenLocalDocOptions } from './local-doc.ts';

/** IndexedDB name of a practice-log document (DOC12), namespaced like the library's. */
export function practiceStorageName(owner: 'guest' | { userId: string }): string {
  return owner === 'guest' ? 'metmap:practice:guest' : `metmap:practice:${owner.userId}`;
}

let guestPractice: LocalDocHandle | null = null;

/**
 * The guest practice log of this tab, opened on first use: the log is a second document so it never
 * slows the library's cold start (DESIGN), and pages that show no practice never load it.
 */
export function guestPracticeDoc(options?: OpenLocalDocOptions): LocalDocHandle {
  guestPractice ??= openLocalDoc(practiceStorageName('guest'), options);
  return guestPractice;
}

/** The practice document if this tab has opened it (clearing local data must detach it first). */
export function openedPracticeDoc(): LocalDocHandle | null {
  return guestPractice;
}
