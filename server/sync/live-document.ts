import type * as Y from 'yjs';
import type { DocKind, UserId } from '../../shared/library/index.ts';

/** What the sync server keeps about one document loaded in this process. */
export type LiveDocument = {
  readonly name: string;
  readonly kind: DocKind;
  readonly userId: UserId;
  readonly doc: Y.Doc;
  /** Upper bound of the stored size: loaded bytes plus what this process appended since (SYNC12). */
  estimatedBytes: number;
  /** Updates logged since the snapshot, as last known (decides compaction on unload). */
  logUpdates: number;
  /** Appends of updates that did not come through a connection (direct, repair), still running. */
  readonly pendingLocal: Set<Promise<void>>;
  /** Set when the document must not be written any more (its account was deleted). */
  discarded: boolean;
};

/** The documents loaded in this process, by name. */
export class LiveDocuments {
  private readonly docs = new Map<string, LiveDocument>();

  add(live: LiveDocument): void {
    this.docs.set(live.name, live);
  }

  get(name: string): LiveDocument | undefined {
    return this.docs.get(name);
  }

  remove(name: string): void {
    this.docs.delete(name);
  }

  all(): LiveDocument[] {
    return [...this.docs.values()];
  }

  ofUser(userId: string): LiveDocument[] {
    return this.all().filter((live) => live.userId === userId);
  }
}
