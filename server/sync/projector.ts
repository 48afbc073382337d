import type { LiveDocument } from './live-document.ts';

/** Keeps the relational projection of loaded documents up to date (SYNC10, SYNC11). */
export type Projector = {
  /** Starts following a loaded document's changes. */
  track(live: LiveDocument): void;
  /** Writes what is pending for the document now; rejects when it cannot be written. */
  flush(live: LiveDocument): Promise<void>;
  /** Stops following an unloaded document. */
  forget(live: LiveDocument): void;
  /** Resolves when no projection is pending or running. */
  idle(): Promise<void>;
  stop(): void;
};
