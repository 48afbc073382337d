import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SyncDenied } from '../../../../shared/sync/close-codes.ts';
import type { LocalDocHandle } from '../../lib/local-doc.ts';
import { ackRecords, type AckRecords } from './ack-records.ts';
import { noticeForStateless } from './epoch-notices.ts';
import { LiveOnlyWebsocket } from './live-only-websocket.ts';
import { hasChangesBeyond } from './state-vectors.ts';
import { foldProviderEvent, initialDocSyncFacts, problemOfClose, type DocSyncFacts, type ProviderEvent, type SocketState } from './sync-facts.ts';
import { createValueSource, type ValueSource } from './value-source.ts';

/** A document to sync: its server name (`library:<userId>`) and this tab's local copy. */
export type SyncedDocument = { readonly name: string; readonly handle: LocalDocHandle };

/** Everything the status and the inspector read about a sync session. */
export type SyncView = {
  readonly online: boolean;
  readonly docs: readonly { readonly name: string; readonly facts: DocSyncFacts }[];
};

/** Measurements for the developer inspector, taken on demand (encoding a big document costs). */
export type DocInspection = {
  readonly name: string;
  readonly bytes: number;
  readonly stateVector: ReadonlyMap<number, number>;
};

export type SyncSession = {
  readonly view: ValueSource<SyncView>;
  /** Reconnects at once (resetting the back-off and any stop), or runs a fresh handshake when connected. */
  syncNow(): void;
  inspect(): DocInspection[];
  /** Closes the providers and the socket; the local documents stay as they are. */
  destroy(): void;
};

export type SyncSessionOptions = {
  url: string;
  documents: readonly SyncedDocument[];
  /** The server refused the session (expired, signed out elsewhere): sign in again (CSYNC5). */
  onSessionEnded(): void;
  /** Something to tell the user (the server was restored from a backup, CSYNC9). */
  onNotice?(text: string): void;
  acks?: AckRecords;
  now?: () => number;
};

// The server reads the session cookie of the upgrade request; the provider insists on sending a token.
const COOKIE_AUTH_TOKEN = 'session-cookie';

const SOCKET_STATES: Record<WebSocketStatus, SocketState> = {
  [WebSocketStatus.Connecting]: 'connecting',
  [WebSocketStatus.Connected]: 'connected',
  [WebSocketStatus.Disconnected]: 'disconnected',
};

/**
 * CSYNC1: syncs an account's documents through @hocuspocus/provider, one provider per document on
 * ONE shared socket to `/sync`, authenticated by the session cookie. Each tab has its own session
 * (the tab relay keeps tabs in step offline; the server ignores what it already has). Providers
 * attach once the local copy has loaded, so stored state goes up in the handshake, not as replays.
 */
export function startSyncSession(options: SyncSessionOptions): SyncSession {
  const acks = options.acks ?? ackRecords();
  const now = options.now ?? Date.now;
  const online = () => typeof navigator === 'undefined' || navigator.onLine;
  const socket = new LiveOnlyWebsocket({ url: options.url, autoConnect: online() });
  const view = createValueSource<SyncView>({ online: online(), docs: [] });
  const teardowns: (() => void)[] = [];
  const providers: HocuspocusProvider[] = [];
  let destroyed = false;
  let ended = false;

  const fold = (name: string, event: ProviderEvent) => {
    const current = view.get();
    const doc = current.docs.find((candidate) => candidate.name === name);
    if (doc === undefined) return;
    const facts = foldProviderEvent(doc.facts, event);
    // Most keystrokes change nothing here (already unsaved): no new view, no re-render.
    if (facts === doc.facts) return;
    view.set({ ...current, docs: current.docs.map((candidate) => (candidate === doc ? { name, facts } : candidate)) });
  };
  const endSession = () => {
    socket.disconnect(); // the server would refuse every retry
    if (ended) return;
    ended = true;
    options.onSessionEnded();
  };

  const attach = ({ name, handle }: SyncedDocument) => {
    if (destroyed) return;
    const stateVector = Y.encodeStateVector(handle.doc);
    const record = acks.read(name);
    const unsaved = record === null ? Y.decodeStateVector(stateVector).size > 0 : hasChangesBeyond(stateVector, record.stateVector);
    view.set({ ...view.get(), docs: [...view.get().docs, { name, facts: initialDocSyncFacts({ unsaved, lastAckAt: record?.at ?? null }) }] });

    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: handle.doc,
      // MetMap shows no presence: no awareness state, so nothing renewed every 15 s on an idle
      // connection; the server's Ping keeps it alive instead (CSYNC1, SYNC16).
      awareness: null,
      token: COOKIE_AUTH_TOKEN,
      onStatus: ({ status }) => fold(name, { type: 'socket', state: SOCKET_STATES[status] }),
      onAuthenticated: () => fold(name, { type: 'authenticated' }),
      onAuthenticationFailed: ({ reason }) => {
        fold(name, { type: 'authentication-failed', reason });
        if (reason === SyncDenied.forbidden) socket.disconnect();
        else endSession();
      },
      onSynced: () => fold(name, { type: 'synced' }),
      onUnsyncedChanges: ({ number }) => {
        const at = now();
        // Acknowledged after the commit (SYNC4): everything this document holds is in the cloud.
        if (number === 0) acks.write(name, { stateVector: Y.encodeStateVector(handle.doc), at });
        fold(name, { type: 'unsynced', count: number, at });
      },
      onClose: ({ event }) => {
        fold(name, { type: 'closed', code: event.code });
        const problem = problemOfClose(event.code);
        if (problem === 'session-ended') endSession();
        else if (problem?.fatal === true) socket.disconnect();
      },
      onStateless: ({ payload }) => {
        const notice = noticeForStateless(name, payload);
        if (notice !== null) options.onNotice?.(notice);
      },
    });
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) fold(name, { type: 'local-change' });
    };
    handle.doc.on('update', onUpdate);
    const keepServerUpdatesInTab = handle.relay?.skipOrigin(provider);
    provider.attach();
    fold(name, { type: 'socket', state: SOCKET_STATES[socket.status] });
    providers.push(provider);
    teardowns.push(() => {
      handle.doc.off('update', onUpdate);
      keepServerUpdatesInTab?.();
      provider.destroy();
    });
  };
  for (const document of options.documents) void document.handle.whenOpened.then(() => attach(document));

  const onOnline = () => {
    view.set({ ...view.get(), online: true });
    if (!ended) void socket.connect();
  };
  const onOffline = () => {
    view.set({ ...view.get(), online: false });
    socket.disconnect(); // do not wait for the ping timeout to notice
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    teardowns.push(() => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    });
  }

  return {
    view,
    syncNow() {
      if (destroyed || ended) return;
      for (const doc of view.get().docs) fold(doc.name, { type: 'retry' });
      if (socket.status === WebSocketStatus.Connected) for (const provider of providers) provider.forceSync();
      else void socket.connect();
    },
    inspect: () =>
      options.documents.map(({ name, handle }) => ({
        name,
        bytes: Y.encodeStateAsUpdate(handle.doc).byteLength,
        stateVector: Y.decodeStateVector(Y.encodeStateVector(handle.doc)),
      })),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const teardown of teardowns.splice(0)) teardown();
      socket.destroy();
    },
  };
}
