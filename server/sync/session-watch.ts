import { SyncClose } from '../../shared/sync/close-codes.ts';
import type { SessionsEnded } from '../auth/session-events.ts';
import type { SessionManager } from '../auth/sessions.ts';
import type { Logger } from '../logger.ts';
import type { LiveDocuments } from './live-document.ts';
import type { SessionRelay } from './session-relay.ts';
import type { SessionSockets } from './session-sockets.ts';

/** Sessions re-validated per query. */
const RECHECK_BATCH = 500;

/**
 * Closes the sockets of ended sessions (SYNC13): at once when this process ends them (sign-out,
 * sign-out everywhere, password change, account deletion) or another instance relays that it did,
 * and at the next re-validation for expiry (or a relay message lost). Returns the function that
 * stops watching.
 */
export function watchSessions(deps: {
  sessions: SessionManager;
  sessionSockets: SessionSockets;
  docs: LiveDocuments;
  log: Logger;
  recheckMs: number;
  /** With several instances: sessions ended here are published, and those ended elsewhere close here. */
  relay?: Pick<SessionRelay, 'publish' | 'onRemote'> | undefined;
}): () => void {
  const { sessionSockets, log } = deps;
  const closeSession = (sessionId: string) => {
    for (const socket of sessionSockets.socketsOf(sessionId)) socket.close(SyncClose.sessionEnded);
  };

  const endSessions = (event: SessionsEnded) => {
    // A deleted account's documents are gone from the database: stop writing them.
    if (event.reason === 'account_deleted') for (const live of deps.docs.ofUser(event.userId)) live.discarded = true;
    event.sessionIds.forEach(closeSession);
  };
  let watching = true;
  const unsubscribe = deps.sessions.onSessionsEnded((event) => {
    endSessions(event);
    deps.relay?.publish(event);
  });
  deps.relay?.onRemote((event) => {
    if (watching) endSessions(event);
  });

  let running = false;
  const recheck = async () => {
    if (running) return;
    running = true;
    try {
      // In batches: one query per batch instead of one per session (10,000 idle connections made
      // 333 queries a second, a third of the idle server's CPU: docs/CAPACITY.md).
      const ids = sessionSockets.sessions().map(({ sessionId }) => sessionId);
      for (let start = 0; start < ids.length; start += RECHECK_BATCH) {
        const batch = ids.slice(start, start + RECHECK_BATCH);
        const valid = await deps.sessions.revalidateSessions(batch);
        for (const sessionId of batch) if (!valid.has(sessionId)) closeSession(sessionId);
      }
    } catch (error) {
      // The database is unreachable: nobody's session can be judged, so nobody is disconnected.
      log.warn({ err: error }, 'session re-validation failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void recheck(), deps.recheckMs);
  timer.unref();

  return () => {
    clearInterval(timer);
    unsubscribe();
    watching = false;
  };
}
