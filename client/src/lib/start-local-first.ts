import { listenForLocalDataCleared } from './local-data.ts';
import type { LocalDocHandle } from './local-doc.ts';
import { requestPersistenceOnFirstEdit } from './persistent-storage.ts';
import { registerAppShellWorker } from './service-worker.ts';

/**
 * The tab-wide local-first duties, started once after the first render: ask for persistent
 * storage on the first edit, reset when another tab clears local data, and install the offline
 * app shell once the page has loaded (so it never competes with the first paint).
 */
export function startLocalFirst(handles: readonly LocalDocHandle[], openHandles: () => readonly LocalDocHandle[] = () => handles): void {
  for (const handle of handles) requestPersistenceOnFirstEdit(handle.doc, handle.incomingOrigins);
  // Documents opened later (an account's, after signing in) must close too before the reload.
  listenForLocalDataCleared(openHandles, () => window.location.reload());
  if (document.readyState === 'complete') void registerAppShellWorker();
  else window.addEventListener('load', () => void registerAppShellWorker(), { once: true });
}
