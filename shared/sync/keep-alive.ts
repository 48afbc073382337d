/**
 * The keep-alive of a sync connection (server/sync/SPEC.md SYNC16, client CSYNC1). Clients run no
 * awareness, so an idle connection carries nothing but this: the server sends a Ping (the provider's
 * connection-level message, one byte) to a connection it has heard nothing from for
 * `KEEP_ALIVE_PING_AFTER_MS`; the provider counts it as a received message and answers with a Pong,
 * which counts as the connection's activity on the server.
 */

/** The server pings a connection silent for this long (checked every tenth of it). */
export const KEEP_ALIVE_PING_AFTER_MS = 30_000;

/**
 * The provider reconnects after hearing nothing for this long (its `messageReconnectTimeout`):
 * twice the ping interval, so one late ping does not drop a healthy connection.
 */
export const CLIENT_RECONNECT_AFTER_SILENCE_MS = 2 * KEEP_ALIVE_PING_AFTER_MS;

/** Connection-level frames of @hocuspocus/provider v4 (MessageType.Ping / Pong), sent without a document name. */
export const PING_FRAME = Uint8Array.of(9);
export const PONG_BYTE = 10;
