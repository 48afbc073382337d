import { SyncClose } from '../../shared/sync/close-codes.ts';
import { checkClientFrame } from './frame-guard.ts';
import { takeTokens, type RatePolicy, type RateState } from './rate-bucket.ts';
import type { SyncSocket } from './sync-socket.ts';

/** What the bridge needs of a `ws` WebSocket (a small surface, so tests can drive it without a network). */
export type BridgedWebSocket = {
  readonly readyState: number;
  readonly OPEN: number;
  readonly isPaused: boolean;
  pause(): void;
  resume(): void;
  send(data: Uint8Array): void;
  on(event: 'message', listener: (data: unknown, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: (code: number, reason: Buffer) => void): unknown;
};

/** The refusal reason of a connection that kept its queue of waiting frames full (SYNC12). */
export const RATE_LIMIT_EXCEEDED = 'rate limit exceeded';

/** Per-connection rate limits (SYNC12): frames and bytes, each a token bucket. */
export type ShapingPolicy = {
  messages: RatePolicy;
  bytes: RatePolicy;
  /** Frames held back while over the rate before the connection is closed as abusive. */
  maxQueuedFrames: number;
};

/** The slice of Hocuspocus's ClientConnection the bridge feeds. */
export type FrameSink = {
  handleMessage(data: Uint8Array): void;
  handleClose(event?: { code: number; reason: string }): void;
  /** When the connection last heard from its client: an authenticated connection silent for the timeout is closed. */
  lastMessageReceivedAt: number;
};

/**
 * Feeds a WebSocket's frames to Hocuspocus, in order, through the frame check and the rate limit.
 * Over the rate, frames wait and the socket is paused (TCP pushes back on the client) instead of
 * being dropped; a client that keeps the queue full is closed. A malformed frame closes at once.
 */
export function bridgeSocket(
  socket: Pick<SyncSocket, 'close' | 'queuedUpdates'> & { ws: BridgedWebSocket },
  sink: FrameSink,
  policy: ShapingPolicy,
  onRefused: (reason: string) => void,
): void {
  const { ws } = socket;
  const queue: Uint8Array[] = [];
  let messages: RateState | undefined;
  let bytes: RateState | undefined;
  let timer: NodeJS.Timeout | undefined;

  const refuse = (event: { code: number; reason: string }, detail: string) => {
    queue.length = 0;
    onRefused(detail);
    socket.close(event);
  };

  const drain = () => {
    timer = undefined;
    while (queue.length > 0 && ws.readyState === ws.OPEN) {
      const frame = queue[0] as Uint8Array;
      const now = Date.now();
      const m = takeTokens(messages, policy.messages, 1, now);
      const b = takeTokens(bytes, policy.bytes, frame.length, now);
      if (m.waitMs > 0 || b.waitMs > 0) {
        ws.pause();
        timer = setTimeout(drain, Math.max(m.waitMs, b.waitMs));
        return;
      }
      [messages, bytes] = [m.state, b.state];
      queue.shift();
      const verdict = checkClientFrame(frame);
      if (!verdict.ok) return refuse(SyncClose.invalidMessage, verdict.reason);
      if (verdict.update) socket.queuedUpdates.add(verdict.update.documentName, verdict.update.update);
      if (verdict.pong) {
        // SYNC16: the answer to the keep-alive's Ping is the connection's activity, nothing more
        // (Hocuspocus reads every frame as addressed to a document and would refuse it).
        sink.lastMessageReceivedAt = Date.now();
        continue;
      }
      if (verdict.awarenessAddress !== undefined) {
        // SYNC16: awareness is not relayed (Hocuspocus would build a scratch Y.Doc per frame). MetMap's
        // client sends none; a provider that does (a tab still running an older client) renews it
        // every 15 s and reconnects when it hears nothing for 30 s, so the frame is echoed as its
        // keep-alive and counts as the connection's activity. It is not handed to Hocuspocus at all:
        // a query-awareness frame in its place went through its hooks and encoded the awareness for
        // no one, a quarter of an idle server's main thread at 10,000 connections (docs/CAPACITY.md).
        ws.send(frame);
        sink.lastMessageReceivedAt = Date.now();
        continue;
      }
      sink.handleMessage(frame);
    }
    if (ws.isPaused) ws.resume();
  };

  ws.on('message', (data, isBinary) => {
    if (!isBinary || !Buffer.isBuffer(data)) return refuse(SyncClose.invalidMessage, 'not a binary frame');
    queue.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (queue.length > policy.maxQueuedFrames) return refuse(SyncClose.rateLimited, RATE_LIMIT_EXCEEDED);
    if (timer === undefined) drain();
  });
  ws.on('close', (code, reason) => {
    clearTimeout(timer);
    queue.length = 0;
    socket.queuedUpdates.clear();
    sink.handleClose({ code, reason: reason.toString() });
  });
}
