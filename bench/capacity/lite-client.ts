// A minimal sync client on a bare `ws` socket: one document, speaking what the app's provider sends
// (client/src/features/sync/sync-session.ts: @hocuspocus/provider with no awareness) — the handshake
// (auth, sync step 1), the keep-alive (a Pong for each of the server's Pings, SYNC16) and timed
// acknowledgements. Thousands fit in one worker process, where as many HocuspocusProviders would not.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { clientFrames, decodeServerFrame } from './hocuspocus-frames.ts';

const OPEN_TIMEOUT_MS = 60_000;
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

export type LiteClientOptions = {
  /** The server's base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  /** The Cookie header carrying the session. */
  cookie: string;
  documentName: string;
  /** A local copy that applies what the server sends; without one the client only holds the connection. */
  replica?: Y.Doc;
  /** Called after a server update was applied to the replica, with the time it arrived. */
  onRemoteUpdate?: (receivedAt: number) => void;
};

export type LiteClient = {
  readonly documentName: string;
  /** Resolves once authenticated and the server's state arrived; rejects on refusal, close or timeout. */
  opened: Promise<void>;
  /** Sends an update; `onAck` gets the milliseconds until the server acknowledged it (after COMMIT). */
  sendUpdate(update: Uint8Array, onAck?: (ms: number) => void): void;
  isOpen(): boolean;
  /** Close code once closed, else null. */
  closeCode(): number | null;
  /** Resolves with the close code when the socket closes. */
  closed: Promise<number>;
  /** Updates sent and not acknowledged yet. */
  unacknowledged(): number;
  /**
   * WebSocket frames sent and received so far (the keep-alive's cost is counted from these), and the
   * longest the client has gone without receiving one (the app's provider reconnects after 60 s).
   */
  frames(): { sent: number; received: number; longestSilenceMs: number };
  close(): Promise<void>;
};

export function openLiteClient(options: LiteClientOptions): LiteClient {
  const { documentName, replica } = options;
  const ws = new WebSocket(`${options.url.replace(/^http/, 'ws')}/sync`, { headers: { cookie: options.cookie }, origin: options.url, perMessageDeflate: false });
  const pendingAcks: { sentAt: number; onAck: ((ms: number) => void) | undefined }[] = [];
  let code: number | null = null;
  let framesSent = 0;
  let framesReceived = 0;
  let lastHeard = performance.now();
  let longestSilenceMs = 0;
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;

  const send = (data: Uint8Array) => {
    if (ws.readyState !== ws.OPEN) return;
    framesSent++;
    ws.send(data);
  };
  const expectAck = (onAck?: (ms: number) => void) => pendingAcks.push({ sentAt: performance.now(), onAck });

  const opened = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  opened.catch(() => undefined); // the owner awaits it; a late rejection must not crash the worker
  const timeout = setTimeout(() => settle?.reject(new Error(`${documentName}: not synced within ${OPEN_TIMEOUT_MS} ms`)), OPEN_TIMEOUT_MS);
  const done = (error?: Error) => {
    clearTimeout(timeout);
    if (error) settle?.reject(error);
    else settle?.resolve();
    settle = undefined;
  };

  ws.on('open', () => {
    send(clientFrames.auth(documentName));
    send(clientFrames.syncStep1(documentName, replica ? Y.encodeStateVector(replica) : new Uint8Array([0])));
  });
  ws.on('message', (data: Buffer) => {
    const receivedAt = performance.now();
    framesReceived++;
    longestSilenceMs = Math.max(longestSilenceMs, receivedAt - lastHeard);
    lastHeard = receivedAt;
    const message = decodeServerFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    switch (message.kind) {
      case 'ping':
        // The provider answers the server's keep-alive at once (HocuspocusProviderWebsocket.sendPong).
        return send(clientFrames.pong());
      case 'denied':
        return done(new Error(`${documentName}: denied (${message.reason})`));
      case 'sync-step1':
        // The provider answers with what the server lacks; each step 2 is acknowledged like an update.
        expectAck();
        return send(clientFrames.syncStep2(documentName, replica ? Y.encodeStateAsUpdate(replica, message.stateVector) : EMPTY_UPDATE));
      case 'sync-step2':
        if (replica) Y.applyUpdate(replica, message.update, 'server');
        return done();
      case 'update':
        if (replica) Y.applyUpdate(replica, message.update, 'server');
        return options.onRemoteUpdate?.(receivedAt);
      case 'sync-status': {
        const pending = pendingAcks.shift();
        return pending?.onAck?.(receivedAt - pending.sentAt);
      }
      default:
        return;
    }
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
  ws.on('close', (closeCode) => {
    code = closeCode;
    done(new Error(`${documentName}: closed with ${closeCode} before syncing`));
  });
  ws.on('error', (error) => done(error));

  return {
    documentName,
    opened,
    sendUpdate(update, onAck) {
      expectAck(onAck);
      send(clientFrames.update(documentName, update));
    },
    isOpen: () => ws.readyState === ws.OPEN,
    closeCode: () => code,
    closed,
    unacknowledged: () => pendingAcks.length,
    frames: () => ({
      sent: framesSent,
      received: framesReceived,
      longestSilenceMs: Math.max(longestSilenceMs, ws.readyState === ws.OPEN ? performance.now() - lastHeard : 0),
    }),
    close() {
      if (ws.readyState === ws.CLOSED) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        ws.close(1000);
      });
    },
  };
}
