import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import type * as Y from 'yjs';
import { parseDocName } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import type { SessionManager } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import type { SiteOrigin } from '../guards/site-origin.ts';
import type { Logger } from '../logger.ts';
import { noopRecorders, type RateLimitRecorder, type SyncRecorder } from '../metrics/recorders.ts';
import { createCompactor } from './compactor.ts';
import { createDurableWrites } from './durable-writes.ts';
import { epochAnnouncer } from './epoch-announcer.ts';
import { createIdleCollection, type CollectGarbage } from './idle-collection.ts';
import { createKeepAlive } from './keep-alive.ts';
import { LiveDocuments } from './live-document.ts';
import { createPgDocumentStore } from './pg-document-store.ts';
import { redisExtension } from './redis-extension.ts';
import { createSessionRelay } from './session-relay.ts';
import { createLibraryProjector } from './library-projector.ts';
import { SessionSockets } from './session-sockets.ts';
import { watchSessions } from './session-watch.ts';
import { createSyncHooks } from './sync-hooks.ts';
import { syncExtension } from './sync-extension.ts';
import type { SyncOptions } from './sync-options.ts';
import { SyncRefusal } from './sync-refusal.ts';
import { createSyncSocket, type SyncContext, type SyncSocket } from './sync-socket.ts';
import { judgeUpgrade } from './upgrade-check.ts';
import { bridgeSocket, RATE_LIMIT_EXCEEDED } from './ws-bridge.ts';

export type SyncDeps = {
  db: Database;
  log: Logger;
  sessions: SessionManager;
  site: SiteOrigin;
  options: SyncOptions;
  /** With a URL, live documents are shared with other instances through Redis (SYNC15). */
  redisUrl?: string | undefined;
  /** Connections, documents, acknowledgement and compaction latency (GET /metrics). */
  metrics?: SyncRecorder;
  /** Told when a connection is closed for exceeding its frame rate. */
  rateLimits?: RateLimitRecorder;
  /** A full collection of this isolate, run when the server goes quiet after unloading documents (SYNC17). */
  collectGarbage?: CollectGarbage | undefined;
};

/** The sync server of one process: Hocuspocus on the app's HTTP server at /sync (server/sync/SPEC.md). */
export type SyncService = {
  /** Serves WebSocket upgrades of `server` (SYNC1). */
  attach(server: Server): void;
  /**
   * Changes a document from the server side (REST writes): opens it (loading it if needed), runs
   * `change` in one Yjs transaction, and resolves only after the change is committed in the
   * database (SYNC7). Every connected device sees it live. The caller authorizes `name` first.
   * Rejects with a SyncRefusal (storage-unavailable) when it could not be committed in time; the
   * change then stays in memory and keeps being retried. With `projected: true` it also resolves
   * only after the document's projection rows include the change (REST answers read them).
   */
  withDocument<T>(name: string, change: (doc: Y.Doc) => T, options?: WithDocumentOptions): Promise<T>;
  /** Documents loaded and WebSocket connections open in this process. */
  stats(): { documents: number; sockets: number };
  /** Resolves when no append, server-side change, projection or compaction is pending (tests, benchmarks). */
  settle(): Promise<void>;
  /** The Hocuspocus instance (tests, metrics). */
  readonly hocuspocus: Hocuspocus<SyncContext>;
  /** Graceful stop (SYNC14): refuse new sockets, flush, close connections, let documents unload. */
  close(): Promise<void>;
};

/** How far `withDocument` waits: always for COMMIT; with `projected`, also for the projection rows (SYNC10). */
export type WithDocumentOptions = { projected?: boolean };

const SHUTDOWN_UNLOAD_WAIT_MS = 5_000;

export function createSync(deps: SyncDeps): SyncService {
  const { log, options } = deps;
  const metrics = deps.metrics ?? noopRecorders.sync;
  const store = createPgDocumentStore(deps.db);
  const docs = new LiveDocuments();
  const sessionSockets = new SessionSockets();
  const sockets = new Set<SyncSocket>();
  const compactor = createCompactor({ store, policy: options.compaction, log, metrics });
  const writes = createDurableWrites({ store, compactor, log, metrics, maxDocumentBytes: options.maxDocumentBytes, hold: options.hold });
  const projector = createLibraryProjector({
    db: deps.db,
    log,
    debounceMs: options.projectionDebounceMs,
    maxDelayMs: options.projectionMaxDelayMs,
    large: { debounceMs: options.largeProjectionDebounceMs, maxDelayMs: options.largeProjectionMaxDelayMs },
  });
  const idleCollection = createIdleCollection({ collect: deps.collectGarbage, quietMs: options.idleCollectionMs, documents: () => docs.all().length, log });
  const hooks = createSyncHooks({
    sessions: deps.sessions,
    sessionSockets,
    store,
    docs,
    writes,
    compactor,
    projector,
    log,
    metrics,
    flushTimeoutMs: options.hold.deadlineMs,
    idleCollection,
  });
  const extensions: Extension[] = [syncExtension(hooks), epochAnnouncer({ db: deps.db, log })];
  if (deps.redisUrl) extensions.push(redisExtension(deps.redisUrl));
  const hocuspocus = new Hocuspocus<SyncContext>({
    name: 'metmap-sync',
    quiet: true,
    extensions,
    timeout: options.connectionTimeoutMs,
    // The document bytes are stored per update (SYNC4); Hocuspocus's whole-document store is not used.
    debounce: 2_000,
    maxDebounce: 10_000,
    unloadImmediately: true,
  });

  const keepAlive = createKeepAlive(options.keepAliveMs);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  let accepting = true;

  const onSocket = (ws: WebSocket, req: IncomingMessage) => {
    const socket = createSyncSocket(randomUUID(), ws, req);
    sockets.add(socket);
    // The socket id is the request id of every sync log line about this connection.
    const socketLog = log.child({ reqId: socket.id });
    const openedAt = performance.now();
    socketLog.info({ path: (req.url ?? '/').split('?')[0] }, 'sync: socket opened');
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    const request = new Request(new URL(req.url ?? '/', 'http://localhost'), { headers });
    const connection = hocuspocus.handleConnection(ws, request, { socket });
    const stopKeepAlive = keepAlive.add({ ws, sink: connection });
    ws.on('close', (code, reason) => {
      stopKeepAlive();
      sockets.delete(socket);
      sessionSockets.unbind(socket);
      socketLog.info({ code, reason: reason.toString(), userId: socket.session?.userId, ms: Math.round(performance.now() - openedAt) }, 'sync: socket closed');
    });
    ws.on('error', (error) => socketLog.debug({ err: error }, 'sync socket error'));
    bridgeSocket(socket, connection, options.shaping, (reason) => {
      if (reason === RATE_LIMIT_EXCEEDED) deps.rateLimits?.rejected('syncFramesPerConnection');
      socketLog.warn({ reason }, 'sync: frame refused; closing');
    });
  };

  const rejectUpgrade = (socket: Duplex, status: number) => {
    const text = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' }[status] ?? 'Error';
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  metrics.observe({
    openConnections: () => sockets.size,
    loadedDocuments: () => hocuspocus.getDocumentsCount(),
    documentBytes: () => docs.all().reduce((sum, live) => sum + live.estimatedBytes, 0),
  });

  const sessionRelay = deps.redisUrl ? createSessionRelay(deps.redisUrl, log) : undefined;
  const stopWatching = watchSessions({ sessions: deps.sessions, sessionSockets, docs, log, recheckMs: options.sessionRecheckMs, relay: sessionRelay });
  const sweeper = setInterval(() => {
    for (const document of hocuspocus.documents.values()) {
      if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document);
    }
  }, options.idleSweepMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  const close = async () => {
    accepting = false;
    clearInterval(sweeper);
    keepAlive.stop();
    idleCollection.stop();
    stopWatching();
    // Flush first, while clients are still connected: what they were told is saved already is,
    // and server-side changes and projections are written before anyone is disconnected.
    await Promise.allSettled(docs.all().map((live) => writes.flushLocal(live, options.hold.deadlineMs)));
    await Promise.allSettled(docs.all().map((live) => projector.flush(live)));
    // From here on nothing is retried: a held message fails and its client resends after reconnecting.
    writes.stop();
    for (const socket of sockets) socket.close(SyncClose.serverShutdown);
    const deadline = Date.now() + SHUTDOWN_UNLOAD_WAIT_MS;
    while ((sockets.size > 0 || hocuspocus.getDocumentsCount() > 0) && Date.now() < deadline) {
      for (const document of hocuspocus.documents.values()) {
        if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    for (const socket of sockets) socket.ws.terminate();
    projector.stop();
    await compactor.idle();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    await sessionRelay?.close();
  };

  return {
    hocuspocus,
    attach(server) {
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const verdict = judgeUpgrade({ method: req.method, url: req.url, origin: req.headers.origin }, deps.site.isOwnOrigin, accepting);
        if (!verdict.ok) {
          if (verdict.status === 403) metrics.authRefused('origin');
          log.info({ reqId: randomUUID(), path: (req.url ?? '/').split('?')[0], origin: req.headers.origin, status: verdict.status }, 'sync: upgrade refused');
          return rejectUpgrade(socket, verdict.status);
        }
        wss.handleUpgrade(req, socket, head, (ws) => onSocket(ws, req));
      });
    },
    async withDocument<T>(name: string, change: (doc: Y.Doc) => T, withOptions: WithDocumentOptions = {}): Promise<T> {
      if (parseDocName(name) === null) throw new Error(`not a document name: ${name.slice(0, 64)}`);
      if (!accepting) throw new SyncRefusal(SyncClose.serverShutdown);
      const connection = await hocuspocus.openDirectConnection(name, {});
      try {
        const box: { result?: T } = {};
        await connection.transact((doc) => {
          box.result = change(doc);
        });
        const live = docs.get(name);
        if (live) await writes.flushLocal(live, options.hold.deadlineMs);
        if (live && withOptions.projected) await projector.flush(live);
        return box.result as T;
      } finally {
        await connection.disconnect({ unloadImmediately: false });
      }
    },
    stats: () => ({ documents: hocuspocus.getDocumentsCount(), sockets: sockets.size }),
    async settle() {
      await store.idle();
      await Promise.all(docs.all().map((live) => writes.flushLocal(live, options.hold.deadlineMs)));
      await projector.idle();
      await compactor.idle();
    },
    close: () => (closing ??= close()),
  };
}
