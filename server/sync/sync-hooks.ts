import type { Document } from '@hocuspocus/server';
import { parseDocName } from '../../shared/library/index.ts';
import { SyncClose, SyncDenied } from '../../shared/sync/close-codes.ts';
import type { SessionManager } from '../auth/sessions.ts';
import type { Logger } from '../logger.ts';
import type { SyncRecorder } from '../metrics/recorders.ts';
import type { Compactor } from './compactor.ts';
import { stopAwarenessSweep } from './awareness-sweep.ts';
import { authorizeDocument } from './document-access.ts';
import type { DocumentStore } from './document-store.ts';
import type { DurableWrites } from './durable-writes.ts';
import type { IdleCollection } from './idle-collection.ts';
import type { LiveDocument, LiveDocuments } from './live-document.ts';
import { isStoredOrigin, LOAD_ORIGIN } from './origins.ts';
import type { Projector } from './projector.ts';
import type { SessionSockets } from './session-sockets.ts';
import { applyStoredParts } from './stored-parts.ts';
import { SyncDenial, SyncRefusal } from './sync-refusal.ts';
import type { SyncContext } from './sync-socket.ts';

export type SyncHooksDeps = {
  sessions: SessionManager;
  sessionSockets: SessionSockets;
  store: DocumentStore;
  docs: LiveDocuments;
  writes: DurableWrites;
  compactor: Compactor;
  projector: Projector;
  log: Logger;
  metrics?: Pick<SyncRecorder, 'acknowledged' | 'authRefused'>;
  /** How long an unloading document waits for its server-side changes to be stored. */
  flushTimeoutMs: number;
  /** Told of every unloaded document (SYNC17). */
  idleCollection?: Pick<IdleCollection, 'unloaded'>;
};

const MESSAGE_SYNC_STEP_2 = 1;
const MESSAGE_UPDATE = 2;
/** Messages behind the current one whose appends may start early (SYNC4). */
const PIPELINE_DEPTH = 500;

/** Closes the WebSocket a refusal happened on (if any), so the provider reconnects and resyncs. */
function closeSocketOf(context: SyncContext | undefined, refusal: SyncRefusal): void {
  context?.socket?.close({ code: refusal.code, reason: refusal.reason });
}

/** The plain functions behind the Hocuspocus hooks (sync-extension.ts); each hook is one call. */
export function createSyncHooks(deps: SyncHooksDeps) {
  const { log } = deps;

  return {
    /** SYNC2, SYNC3: a valid session cookie, and a document of the session's own user. */
    async authenticate(documentName: string, context: SyncContext): Promise<Pick<SyncContext, 'userId' | 'sessionId'>> {
      const socket = context.socket;
      if (!socket) throw new SyncDenial(SyncDenied.unauthorized);
      let valid;
      try {
        valid = await deps.sessions.sessionFromRequest(socket.req);
      } catch (error) {
        log.error({ err: error }, 'session check failed');
        const refusal = new SyncRefusal(SyncClose.storageUnavailable);
        closeSocketOf(context, refusal);
        throw refusal;
      }
      if (!valid) {
        deps.metrics?.authRefused(SyncDenied.unauthorized);
        log.info({ reqId: socket.id, doc: documentName.slice(0, 64), reason: SyncDenied.unauthorized }, 'sync: document refused');
        throw new SyncDenial(SyncDenied.unauthorized);
      }
      if (!authorizeDocument(documentName, valid.user.id).ok) {
        deps.metrics?.authRefused(SyncDenied.forbidden);
        log.info({ reqId: socket.id, userId: valid.user.id, doc: documentName.slice(0, 64), reason: SyncDenied.forbidden }, 'sync: document refused');
        throw new SyncDenial(SyncDenied.forbidden);
      }
      log.info({ reqId: socket.id, userId: valid.user.id, doc: documentName }, 'sync: document opened');
      deps.sessionSockets.bind(socket, { userId: valid.user.id, sessionId: valid.session.id });
      return { userId: valid.user.id, sessionId: valid.session.id };
    },

    /** SYNC8: newest snapshot + later updates; a database error refuses the document and writes nothing. */
    async load(documentName: string, document: Document, context: SyncContext | undefined): Promise<void> {
      const parsed = parseDocName(documentName);
      if (!parsed) throw new SyncDenial(SyncDenied.forbidden);
      let stored;
      try {
        stored = await deps.store.load(documentName);
      } catch (error) {
        log.error({ err: error, doc: documentName }, 'load failed; refusing the document');
        const refusal = new SyncRefusal(SyncClose.storageUnavailable);
        closeSocketOf(context, refusal);
        throw refusal;
      }
      const report = applyStoredParts(document, stored?.parts ?? [], LOAD_ORIGIN);
      if (report.failed.length > 0) log.error({ doc: documentName, failed: report.failed }, 'stored parts that do not apply were skipped');
      deps.docs.add({
        name: documentName,
        kind: parsed.kind,
        userId: parsed.userId,
        doc: document,
        estimatedBytes: stored?.bytes ?? 0,
        logUpdates: Math.max(0, (stored?.parts.length ?? 0) - 1),
        pendingLocal: new Set(),
        discarded: false,
      });
    },

    /** Starts watching the loaded document: server-side changes are stored (SYNC7), every change re-projects (SYNC10). */
    loaded(documentName: string, document: Document): void {
      stopAwarenessSweep(document);
      const live = deps.docs.get(documentName);
      if (!live) return;
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (isStoredOrigin(origin)) deps.writes.storeLocalUpdate(live, update);
      });
      deps.projector.track(live);
    },

    /** SYNC4: a client's changes are committed before Hocuspocus applies and acknowledges them. */
    async beforeSync(documentName: string, type: number, payload: Uint8Array, context: SyncContext | undefined): Promise<void> {
      if (type !== MESSAGE_SYNC_STEP_2 && type !== MESSAGE_UPDATE) return;
      const live = deps.docs.get(documentName);
      if (!live) throw new SyncRefusal(SyncClose.storageUnavailable);
      const started = performance.now();
      const socket = context?.socket;
      const stillWanted = () => socket === undefined || socket.ws.readyState === socket.ws.OPEN;
      try {
        const queued = type === MESSAGE_UPDATE ? socket?.queuedUpdates.take(documentName, payload) : null;
        if (queued) {
          // Start the appends of the messages waiting behind this one: they share its transaction.
          // Started appends form a prefix of the queue: only its unstarted tail needs starting.
          let first = Math.min(queued.behind.length, PIPELINE_DEPTH);
          while (first > 0 && queued.behind[first - 1]?.stored === undefined) first--;
          for (const next of queued.behind.slice(first, PIPELINE_DEPTH)) {
            next.stored = deps.writes.storeClientUpdate(live, next.update, stillWanted);
            next.stored.catch(() => undefined); // awaited (and reported) when its own turn comes
          }
          await (queued.entry.stored ?? deps.writes.storeClientUpdate(live, payload, stillWanted));
        } else {
          await deps.writes.acceptClientUpdate(live, payload, stillWanted);
        }
        const seconds = (performance.now() - started) / 1000;
        deps.metrics?.acknowledged(seconds);
        log.debug({ reqId: context?.socket?.id, doc: documentName, bytes: payload.length, ms: Math.round(seconds * 1000) }, 'sync: update stored');
      } catch (error) {
        if (error instanceof SyncRefusal) closeSocketOf(context, error);
        throw error;
      }
    },

    /** SYNC14: nothing unloads before its server-side changes and projection are stored; throwing keeps it loaded. */
    async beforeUnload(documentName: string): Promise<void> {
      const live = deps.docs.get(documentName);
      if (!live) return;
      try {
        await deps.writes.flushLocal(live, deps.flushTimeoutMs);
        await deps.projector.flush(live);
      } catch (error) {
        // Throwing keeps the document loaded; the idle sweep tries again (SYNC14). An error with an
        // empty message, so Hocuspocus does not log every attempt.
        log.debug({ err: error, doc: documentName }, 'sync: document kept in memory until its changes are stored');
        throw new SyncRefusal(SyncClose.storageUnavailable);
      }
      await deps.compactor.beforeUnload(live);
    },

    unloaded(documentName: string): void {
      const live = deps.docs.get(documentName);
      // A fast reconnect may already have loaded a fresh copy under the same name: keep that one.
      if (!live || !live.doc.isDestroyed) return;
      deps.projector.forget(live);
      deps.docs.remove(documentName);
      deps.idleCollection?.unloaded();
    },
  };
}
export type SyncHooks = ReturnType<typeof createSyncHooks>;

export type { LiveDocument };
