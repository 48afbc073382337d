import { listenForLocalDataCleared } from './local-data.ts';
import type { LocalDocHandle } from './local-doc.ts';
import { requestPersistenceOnFirstEdit } from './persistent-storage.ts';
import { registerAppShellWorker } from './service-worker.ts';

/**
 * The tab-wide local-first duties, started once after the first render: ask for persistent
 * storage on the first edit, reset when another tab clears local data, and install the offline
 * app shell once the documents have loaded and the page is idle (its script and the precache
 * downloads never compete with showing the library).
 */
export function startLocalFirst(handles: readonly LocalDocHandle[], openHandles: () => readonly LocalDocHandle[] = () => handles): void {
  for (const handle of handles) requestPersistenceOnFirstEdit(handle.doc, handle.incomingOrigins);
  // Documents opened later (an account's, after signing in) must close too before the reload.
  listenForLocalDataCleared(openHandles, () => window.location.reload());
  void Promise.all(handles.map((handle) => handle.whenOpened)).then(() => whenIdle(() => void registerAppShellWorker()));
}

const IDLE_TIMEOUT_MS = 2000;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}
