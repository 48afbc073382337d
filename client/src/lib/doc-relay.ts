import * as Y from 'yjs';
import { parseRelayMessage, RELAY_PROTOCOL_VERSION, type RelayMessage } from './relay-messages.ts';
import { onOwnUpdates } from './own-updates.ts';
import type { RelayPort } from './relay-port.ts';

/** Live relay of one Yjs document between the tabs of this browser. */
export type DocRelay = {
  readonly tabId: string;
  /** Origin of the transactions that apply other tabs' updates (never posted back: no echo). */
  readonly origin: object;
  /**
   * Asks every other tab for what this one lacks, and offers them what they lack. Call it once the
   * tab's own storage has loaded, so the exchanged diffs stay small.
   */
  catchUp(): void;
  /**
   * Keeps updates of `origin` in this tab from now on (a sync provider: every tab receives the
   * server's updates over its own connection). Returns the undo.
   */
  skipOrigin(origin: unknown): () => void;
  /** Stops listening and posting; leaves the document and the port's owner alone. */
  destroy(): void;
};

export type DocRelayOptions = {
  /** Unique per tab and document; defaults to a random UUID. */
  tabId?: string;
  /**
   * Origins whose updates stay in this tab: the IndexedDB persistence replaying what is stored
   * (every tab reads that itself) and, later, a sync provider (each tab has its own connection).
   */
  skipOrigins?: readonly unknown[];
  /** Told about a message that could not be applied or posted; the relay carries on. */
  onError?: (error: unknown) => void;
};

// Yjs encodes "nothing to send" (no structs, no deletions) as these two bytes.
const isEmptyUpdate = (update: Uint8Array) => update.length === 2 && update[0] === 0 && update[1] === 0;

/**
 * Posts this tab's own updates of `doc` to `port` and applies other tabs' updates with `origin`.
 * A small handshake lets a tab opened later catch up: its `sync-request` carries its state
 * vector, each tab answers with the diff and with its own state vector, which the newcomer
 * answers in turn, so both sides end with the union (like y-protocols' sync steps 1 and 2).
 */
export function createDocRelay(doc: Y.Doc, port: RelayPort, options: DocRelayOptions = {}): DocRelay {
  const tabId = options.tabId ?? crypto.randomUUID();
  const origin = Object.freeze({ relay: tabId });
  const skipped = new Set<unknown>([origin, ...(options.skipOrigins ?? [])]);
  const onError = options.onError ?? ((error: unknown) => console.warn('MetMap: tab relay', error));
  let destroyed = false;

  const post = (message: DistributiveOmit<RelayMessage, 'v' | 'from'>) => {
    if (destroyed) return;
    try {
      port.post({ ...message, v: RELAY_PROTOCOL_VERSION, from: tabId });
    } catch (error) {
      onError(error);
    }
  };


  const apply = (update: Uint8Array) => {
    try {
      Y.applyUpdate(doc, update, origin);
    } catch (error) {
      onError(error);
    }
  };

  const reply = (to: string, stateVector: Uint8Array, askBack: boolean) => {
    let diff: Uint8Array;
    try {
      diff = Y.encodeStateAsUpdate(doc, stateVector);
    } catch (error) {
      return onError(error);
    }
    if (!isEmptyUpdate(diff)) post({ type: 'sync-reply', to, update: diff });
    if (askBack) post({ type: 'sync-request', to, stateVector: Y.encodeStateVector(doc) });
  };

  const onMessage = (data: unknown) => {
    const message = parseRelayMessage(data);
    if (destroyed || message === null || message.from === tabId) return;
    switch (message.type) {
      case 'update':
        return apply(message.update);
      case 'sync-request':
        if (message.to === undefined) return reply(message.from, message.stateVector, true);
        if (message.to === tabId) return reply(message.from, message.stateVector, false);
        return;
      case 'sync-reply':
        if (message.to === tabId) apply(message.update);
        return;
    }
  };

  const stopListening = port.listen(onMessage);
  const stopPosting = onOwnUpdates(doc, (updateOrigin) => skipped.has(updateOrigin), (update) => post({ type: 'update', update }));

  return {
    tabId,
    origin,
    catchUp: () => post({ type: 'sync-request', stateVector: Y.encodeStateVector(doc) }),
    skipOrigin(extra) {
      if (skipped.has(extra)) return () => undefined;
      skipped.add(extra);
      return () => skipped.delete(extra);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopPosting();
      stopListening();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
