import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { QueuedUpdates } from './queued-updates.ts';

/** Closed sockets that ignore the closing handshake are cut off after this long. */
const CLOSE_GRACE_MS = 2_000;

/** One client WebSocket and what the server learned about it. */
export type SyncSocket = {
  readonly id: string;
  readonly ws: WebSocket;
  /** The upgrade request: its cookie is re-validated by the session checks (SYNC13). */
  readonly req: IncomingMessage;
  /** Set once a document on this socket authenticated. */
  session: { userId: string; sessionId: string } | null;
  /** Update messages handed to Hocuspocus and not processed yet (their appends are pipelined, SYNC4). */
  readonly queuedUpdates: QueuedUpdates;
  /** Closes with a named code (shared/sync/close-codes.ts); a peer that does not answer is cut off. */
  close(event: { code: number; reason: string }): void;
};

/** What every Hocuspocus hook of a WebSocket connection receives as its context. */
export type SyncContext = { socket?: SyncSocket; userId?: string; sessionId?: string };

export function createSyncSocket(id: string, ws: WebSocket, req: IncomingMessage): SyncSocket {
  return {
    id,
    ws,
    req,
    session: null,
    queuedUpdates: new QueuedUpdates(),
    close(event) {
      if (ws.readyState === ws.CLOSED || ws.readyState === ws.CLOSING) return;
      ws.close(event.code, event.reason);
      setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
    },
  };
}
