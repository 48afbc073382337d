/** Sessions that just ended: the WebSocket layer closes the connections opened with them. */
export type SessionsEnded = {
  userId: string;
  /** Ids (token hashes) of the ended sessions, as `validateSessionToken` returned them in `session.id`. */
  sessionIds: readonly string[];
  reason: SessionEndReason;
};
/** Why sessions ended (also what instances tell each other through Redis, SYNC13). */
export const SESSION_END_REASONS = ['signout', 'signout_all', 'password_reset', 'password_changed', 'account_deleted', 'account_secured'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

type Listener = (event: SessionsEnded) => void;

/** A tiny typed emitter: auth announces ended sessions, whoever holds connections listens. */
export class SessionEvents {
  private readonly listeners = new Set<Listener>();
  private readonly reportError: (error: unknown) => void;

  /** `reportError` receives what a listener throws, so one broken listener cannot fail a sign-out. */
  constructor(reportError: (error: unknown) => void) {
    this.reportError = reportError;
  }

  /** Calls `listener` whenever sessions end; returns the unsubscribe function. */
  onSessionsEnded(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitSessionsEnded(event: SessionsEnded): void {
    if (event.sessionIds.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.reportError(error);
      }
    }
  }
}
