import { PING_FRAME } from '../../shared/sync/keep-alive.ts';

/** A connection as the keep-alive sees it: its socket, and when Hocuspocus last heard from its client. */
export type KeepAliveConnection = {
  readonly ws: { readonly readyState: number; readonly OPEN: number; send(data: Uint8Array): void };
  readonly sink: { readonly lastMessageReceivedAt: number };
};

export type KeepAlive = {
  /** Starts pinging `connection` when it falls silent; the returned function stops. */
  add(connection: KeepAliveConnection): () => void;
  /** One pass over every connection (the timer runs it every tenth of the interval; tests call it). */
  sweep(): void;
  stop(): void;
};

/**
 * SYNC16: sends a Ping to every connection that has been silent for `pingAfterMs` (and was not
 * pinged within that time). The provider counts the Ping as a received message (so it does not
 * reconnect) and answers with a Pong, which the bridge counts as the connection's activity (so the
 * connection timeout does not close it). A connection that does not answer stays silent and is
 * closed by the timeout. A connection that speaks needs no ping: every frame a provider sends
 * (sync step, update) is answered. One timer for all connections, not one per connection.
 */
export function createKeepAlive(pingAfterMs: number, now: () => number = Date.now): KeepAlive {
  const pingedAt = new Map<KeepAliveConnection, number>();
  const sweep = () => {
    const at = now();
    for (const [connection, lastPing] of pingedAt) {
      if (at - connection.sink.lastMessageReceivedAt < pingAfterMs || at - lastPing < pingAfterMs) continue;
      if (connection.ws.readyState !== connection.ws.OPEN) continue;
      connection.ws.send(PING_FRAME);
      pingedAt.set(connection, at);
    }
  };
  const timer = setInterval(sweep, Math.max(10, Math.floor(pingAfterMs / 10)));
  timer.unref();
  return {
    add(connection) {
      pingedAt.set(connection, Number.NEGATIVE_INFINITY);
      return () => void pingedAt.delete(connection);
    },
    sweep,
    stop: () => clearInterval(timer),
  };
}
