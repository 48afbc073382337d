import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, updateSong } from '../../lib/library-api.ts';
import { createStorageStatus, type StorageStatus } from '../../lib/storage-status.ts';
import { LIST_CACHE_QUIET_MS, startListCacheWriter } from './list-cache-writer.ts';
import type { SongCardModel } from './song-card-model.ts';

const NAME = 'metmap:library:guest';

/** A library handle, timers, idle callbacks and page-hide events the test drives by hand. */
function setup(initial: StorageStatus = { state: 'ready' }) {
  const doc = new Y.Doc();
  const storage = createStorageStatus();
  storage.set(initial);
  let detached = false;
  const saved: { name: string; titles: string[] }[] = [];
  // What happened after each save (the first paint is kept then, LF14): the saves seen so far.
  const afterSaves: number[] = [];
  let now = 0;
  const timers = new Set<{ at: number; run: () => void }>();
  const idle = new Set<() => void>();
  const hideListeners = new Set<() => void>();
  const stop = startListCacheWriter(
    { doc, storageName: NAME, storage, whenOpened: Promise.resolve(storage.get()), isDetached: () => detached },
    {
      save: (name: string, models: readonly SongCardModel[]) => saved.push({ name, titles: models.map((model) => model.title) }),
      afterSave: () => afterSaves.push(saved.length),
      setTimer: (run, ms) => {
        const timer = { at: now + ms, run };
        timers.add(timer);
        return () => timers.delete(timer);
      },
      whenIdle: (task) => {
        idle.add(task);
        return () => idle.delete(task);
      },
      onPageHidden: (run) => {
        hideListeners.add(run);
        return () => hideListeners.delete(run);
      },
    },
  );
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.run();
    }
  };
  const runIdle = () => {
    for (const task of [...idle]) {
      idle.delete(task);
      task();
    }
  };
  return {
    doc,
    storage,
    saved,
    afterSaves,
    stop,
    advance,
    runIdle,
    hide: () => [...hideListeners].forEach((run) => run()),
    detach: () => {
      detached = true;
    },
    pending: () => timers.size + idle.size,
  };
}

describe('library list cache writer', () => {
  it('LF13: a burst of edits saves the list once, after a quiet moment and in idle time', async () => {
    const t = setup();
    await Promise.resolve(); // whenOpened: the first save after the load
    createSong(t.doc, { title: 'One' });
    t.advance(LIST_CACHE_QUIET_MS / 2);
    createSong(t.doc, { title: 'Two' });
    t.advance(LIST_CACHE_QUIET_MS - 1);
    t.runIdle();
    expect(t.saved).toEqual([]);
    t.advance(1);
    expect(t.saved).toEqual([]); // waits for idle time
    t.runIdle();
    expect(t.saved).toEqual([{ name: NAME, titles: ['One', 'Two'] }]);
    t.stop();
  });

  it('LF13: nothing is saved amid a steady stream of changes (it would delay them); the first quiet moment saves', () => {
    const t = setup();
    const id = createSong(t.doc, { title: 'Take 0' });
    for (let take = 1; take <= 40; take++) {
      t.advance(LIST_CACHE_QUIET_MS / 2);
      t.runIdle();
      updateSong(t.doc, id, { title: `Take ${take}` });
    }
    expect(t.saved).toEqual([]);
    t.advance(LIST_CACHE_QUIET_MS);
    t.runIdle();
    expect(t.saved).toEqual([{ name: NAME, titles: ['Take 40'] }]);
    t.stop();
  });

  it('LF13: leaving the page saves at once; nothing more when nothing changed', () => {
    const t = setup();
    createSong(t.doc, { title: 'Before leaving' });
    t.hide();
    expect(t.saved).toEqual([{ name: NAME, titles: ['Before leaving'] }]);
    t.hide();
    t.advance(LIST_CACHE_QUIET_MS * 10);
    t.runIdle();
    expect(t.saved).toHaveLength(1);
    t.stop();
  });

  it('LF14: each save is followed once by the first paint\'s turn, after the list cache was written', () => {
    const t = setup();
    createSong(t.doc, { title: 'First' });
    t.hide();
    createSong(t.doc, { title: 'Second' });
    t.advance(LIST_CACHE_QUIET_MS);
    t.runIdle();
    t.hide(); // nothing changed: no save, no turn
    expect(t.saved).toHaveLength(2);
    expect(t.afterSaves).toEqual([1, 2]);
    t.stop();
  });

  it('LF13: nothing is saved while the document is still opening or held in memory only', () => {
    for (const status of [{ state: 'opening' }, { state: 'memory-only', reason: 'timeout' }] as const) {
      const t = setup(status);
      createSong(t.doc, { title: 'Not kept on this device' });
      t.hide();
      t.advance(LIST_CACHE_QUIET_MS * 10);
      t.runIdle();
      expect(t.saved).toEqual([]);
      // A late open counts: the list is saved once storage is ready.
      t.storage.set({ state: 'ready' });
      t.advance(LIST_CACHE_QUIET_MS);
      t.runIdle();
      expect(t.saved).toEqual([{ name: NAME, titles: ['Not kept on this device'] }]);
      t.stop();
    }
  });

  it('LF13: nothing is saved once the document was detached (cleared or removed) or the writer stopped', () => {
    const detachedCase = setup();
    createSong(detachedCase.doc, { title: 'Cleared' });
    detachedCase.detach();
    detachedCase.hide();
    detachedCase.advance(LIST_CACHE_QUIET_MS * 10);
    detachedCase.runIdle();
    expect(detachedCase.saved).toEqual([]);

    const stopped = setup();
    createSong(stopped.doc, { title: 'Switched away' });
    stopped.stop();
    expect(stopped.pending()).toBe(0);
    createSong(stopped.doc, { title: 'Later' });
    stopped.hide();
    stopped.advance(LIST_CACHE_QUIET_MS * 10);
    stopped.runIdle();
    expect(stopped.saved).toEqual([]);
  });
});
