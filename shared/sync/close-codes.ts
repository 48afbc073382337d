/**
 * Why the sync server closed a WebSocket or refused a document (server/sync/SPEC.md). The client
 * reads these to tell "sign in again" from "retry later" from "this document cannot grow".
 */
export const SyncClose = {
  /** The session ended (sign-out, expiry, account deleted): sign in again; local edits stay. */
  sessionEnded: { code: 4401, reason: 'session-ended' },
  /** A frame or update that does not decode; the client is misbehaving. */
  invalidMessage: { code: 4400, reason: 'invalid-message' },
  /** The document reached its size limit; further growth is refused. */
  documentTooLarge: { code: 4413, reason: 'document-too-large' },
  /** The client sent more than the per-connection message rate allows for too long. */
  rateLimited: { code: 4429, reason: 'rate-limited' },
  /** The database could not store or load in time; the client keeps its changes and retries. */
  storageUnavailable: { code: 4503, reason: 'storage-unavailable' },
  /** The server is shutting down; reconnect (to another instance). */
  serverShutdown: { code: 1001, reason: 'server-shutdown' },
} as const;
export type SyncCloseEvent = (typeof SyncClose)[keyof typeof SyncClose];

/** Reasons in a permission-denied answer to a document's authentication (provider `authenticationFailed`). */
export const SyncDenied = {
  /** No valid session cookie: sign in again. */
  unauthorized: 'unauthorized',
  /** A document of another user, or a name that is not canonical. */
  forbidden: 'forbidden',
} as const;
export type SyncDeniedReason = (typeof SyncDenied)[keyof typeof SyncDenied];
