import type { LocalDocHandle } from '../../lib/local-doc.ts';
import { librarySnapshotOf } from '../../lib/use-library.ts';
import { writeListCache } from './list-cache-storage.ts';
import { reuseCardModels, type SongCardModel } from './song-card-model.ts';

/**
 * Quiet time after the last change before the cache is saved: a burst of edits saves once. There is
 * no longest wait on purpose: a save takes the main thread for a few milliseconds (1,000 songs), so
 * it never runs amid a stream of edits (bench:client, edit → UI and cross-tab); leaving or hiding
 * the page saves at once instead.
 */
export const LIST_CACHE_QUIET_MS = 1500;

export type ListCacheWriterDeps = {
  save?: (storageName: string, models: readonly SongCardModel[]) => void;
  /** Runs `task` when the page is idle; returns a cancel. */
  whenIdle?: (task: () => void) => () => void;
  setTimer?: (run: () => void, ms: number) => () => void;
  /** Subscribes to the page being hidden or unloaded; returns the unsubscribe. */
  onPageHidden?: (run: () => void) => () => void;
  /** Runs after each save (the first paint follows the list cache, LF14). */
  afterSave?: () => void;
};

/**
 * LF13: keeps the list cache of `handle`'s library up to date. Once the document has loaded from
 * IndexedDB, every change (this tab's, another tab's, the server's) saves the list in idle time
 * once changes have been quiet for a moment, and at once when the page is hidden or unloads. Nothing is saved while
 * the document is still opening or held in memory only (the cache would show songs the device
 * does not keep), nor after the handle was detached (cleared or removed data stays removed).
 * Returns the stop.
 */
export function startListCacheWriter(
  handle: Pick<LocalDocHandle, 'doc' | 'storageName' | 'storage' | 'whenOpened' | 'isDetached'>,
  deps: ListCacheWriterDeps = {},
): () => void {
  const save = deps.save ?? writeListCache;
  const whenIdle = deps.whenIdle ?? browserIdle;
  const setTimer = deps.setTimer ?? browserTimer;
  const onPageHidden = deps.onPageHidden ?? browserPageHidden;
  const afterSave = deps.afterSave ?? (() => undefined);
  const snapshot = librarySnapshotOf(handle.doc);
  let models: ReadonlyMap<string, SongCardModel> = new Map();
  let dirty = false;
  let stopped = false;
  let cancelQuiet: (() => void) | null = null;
  let cancelIdle: (() => void) | null = null;

  const cancelPending = () => {
    cancelQuiet?.();
    cancelIdle?.();
    cancelQuiet = cancelIdle = null;
  };
  const saveNow = () => {
    cancelPending();
    if (stopped || !dirty || handle.isDetached() || handle.storage.get().state !== 'ready') return;
    dirty = false;
    models = reuseCardModels(snapshot.getSnapshot().songs, models);
    save(handle.storageName, [...models.values()]);
    afterSave();
  };
  const saveWhenIdle = () => {
    if (cancelIdle !== null) return;
    cancelIdle = whenIdle(saveNow);
  };
  const changed = () => {
    dirty = true;
    if (stopped) return;
    cancelQuiet?.();
    cancelQuiet = setTimer(saveWhenIdle, LIST_CACHE_QUIET_MS);
  };

  const unsubscribe = snapshot.subscribe(changed);
  // The first save follows the load (the stored library may differ from the last cache), and a
  // late open after a timeout counts too.
  const unsubscribeStorage = handle.storage.subscribe(() => {
    if (handle.storage.get().state === 'ready') changed();
  });
  void handle.whenOpened.then(changed);
  const stopHearingHide = onPageHidden(saveNow);
  return () => {
    stopped = true;
    cancelPending();
    unsubscribe();
    unsubscribeStorage();
    stopHearingHide();
  };
}

function browserIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

function browserTimer(run: () => void, ms: number): () => void {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
}

/** Runs `run` whenever the page is hidden or unloaded; returns the unsubscribe. */
export function browserPageHidden(run: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') run();
  };
  window.addEventListener('pagehide', run);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', run);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
