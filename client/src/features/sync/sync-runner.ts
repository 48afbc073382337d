import type { DocInspection, SyncSession, SyncSessionOptions, SyncView } from './sync-session.ts';
import { createValueSource, type ValueSource } from './value-source.ts';

/** Starts and stops the tab's sync session; the provider code loads only when an account syncs. */
export type SyncRunner = {
  /** The running session's view; null while none runs (a guest, or after the session ended). */
  readonly view: ValueSource<SyncView | null>;
  start(options: SyncSessionOptions): void;
  stop(): void;
  syncNow(): void;
  inspect(): DocInspection[];
};

type SessionModule = { startSyncSession(options: SyncSessionOptions): SyncSession };

export function createSyncRunner(load: () => Promise<SessionModule> = () => import('./sync-session.ts')): SyncRunner {
  const view = createValueSource<SyncView | null>(null);
  let session: SyncSession | null = null;
  let stopViewing: (() => void) | null = null;
  let generation = 0;

  const stop = () => {
    generation += 1;
    stopViewing?.();
    stopViewing = null;
    session?.destroy();
    session = null;
    view.set(null);
  };

  return {
    view,
    start(options) {
      stop();
      const started = generation;
      load()
        .then((module) => {
          if (started !== generation) return; // stopped or restarted while the code loaded
          const running = module.startSyncSession(options);
          session = running;
          view.set(running.view.get());
          stopViewing = running.view.subscribe(() => view.set(running.view.get()));
        })
        .catch((error: unknown) => console.error('MetMap: cloud sync could not start', error));
    },
    stop,
    syncNow: () => session?.syncNow(),
    inspect: () => session?.inspect() ?? [],
  };
}
