/** A client update that reached Hocuspocus but was not processed yet; `stored` once its append started. */
export type QueuedUpdate = { update: Uint8Array; stored?: Promise<void> };

/** Updates tracked per socket at most; past this, messages take the one-by-one path. */
const MAX_TRACKED = 2_000;

/**
 * The update messages a socket handed to Hocuspocus, per document, in order (SYNC4). Hocuspocus
 * processes one message at a time and a message's acknowledgement waits for its commit; knowing
 * the messages behind it, the server starts their appends at once (one transaction for the lot)
 * while every acknowledgement still waits for its own commit. A reconnecting client's queued
 * offline edits are then stored in one round trip instead of one each.
 */
export class QueuedUpdates {
  private readonly byDocument = new Map<string, QueuedUpdate[]>();
  private count = 0;

  add(documentName: string, update: Uint8Array): void {
    if (this.count >= MAX_TRACKED) return;
    let queue = this.byDocument.get(documentName);
    if (!queue) this.byDocument.set(documentName, (queue = []));
    queue.push({ update });
    this.count++;
  }

  /**
   * Finds the entry whose bytes are `payload` (the same view into the same frame) and removes it
   * with everything before it; returns it and the entries still behind it, or null if untracked.
   */
  take(documentName: string, payload: Uint8Array): { entry: QueuedUpdate; behind: QueuedUpdate[] } | null {
    const queue = this.byDocument.get(documentName);
    if (!queue) return null;
    const index = queue.findIndex(
      ({ update }) => update.buffer === payload.buffer && update.byteOffset === payload.byteOffset && update.byteLength === payload.byteLength,
    );
    if (index === -1) return null;
    const entry = queue[index] as QueuedUpdate;
    queue.splice(0, index + 1);
    this.count -= index + 1;
    return { entry, behind: queue };
  }

  clear(): void {
    this.byDocument.clear();
    this.count = 0;
  }
}
