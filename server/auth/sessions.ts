import type { IncomingMessage } from 'node:http';
import type { Database, Queryable } from '../db/database.ts';
import type { Clock } from './clock.ts';
import { constantTimeEqualStrings, generateSecretToken, hashSecretToken, looksLikeSecretToken } from './secret-token.ts';
import { readCookie, sessionCookieName, type CookiePolicy } from './session-cookie.ts';
import type { SessionEndReason, SessionEvents, SessionsEnded } from './session-events.ts';
import { judgeSession, newSessionTimes } from './session-policy.ts';
import {
  deleteSession,
  deleteSessions,
  deleteUserSessions,
  findSessionAndUser,
  findSessions,
  insertSession,
  updateSessionExpiries,
  updateSessionExpiry,
  type SessionRecord,
} from './session-store.ts';
import type { UserRecord } from './user-store.ts';

/** A session that passed validation, with its user. */
export type ValidSession = {
  session: SessionRecord;
  user: UserRecord;
  /** True when this validation slid the expiry forward (the cookie should be re-sent). */
  refreshed: boolean;
};

/** Lucia-style sessions: random tokens, hashed at rest, sliding and absolute expiry (SPEC AUTH1–AUTH4). */
export type SessionManager = {
  /** A new session with a new token (call at every sign-in: no fixation). Pass `tx` to join a transaction. */
  createSession(userId: string, tx?: Queryable): Promise<{ token: string; session: SessionRecord }>;
  /** The session and user for a token, or null; slides the expiry at most once an hour. */
  validateSessionToken(token: string): Promise<ValidSession | null>;
  /** Reads the session cookie of an HTTP request (or a WebSocket upgrade) and validates it. */
  sessionFromRequest(req: IncomingMessage): Promise<ValidSession | null>;
  /**
   * Which of these session ids are still valid, each used as `validateSessionToken` uses one
   * (expiry slid at most once an hour, expired ones deleted), in a few statements for the lot: the
   * sync server re-checks every open session this way (server/sync SYNC13).
   */
  revalidateSessions(ids: readonly string[]): Promise<Set<string>>;
  /** Ends one session. */
  invalidateSession(session: SessionRecord): Promise<void>;
  /** Ends every session of a user, except `keepSessionId`; returns the ended ids. */
  invalidateUserSessions(userId: string, reason: SessionEndReason, keepSessionId?: string, tx?: Queryable): Promise<string[]>;
  /** Tell listeners about sessions ended inside a transaction, once it committed. */
  announce(event: SessionsEnded): void;
  /** Subscribe to ended sessions (the WebSocket layer closes their connections). */
  onSessionsEnded(listener: (event: SessionsEnded) => void): () => void;
};

export function createSessionManager(deps: { db: Database; clock: Clock; events: SessionEvents; cookiePolicy: CookiePolicy }): SessionManager {
  const { db, clock, events, cookiePolicy } = deps;
  const cookieName = sessionCookieName(cookiePolicy);

  const validateSessionToken = async (token: string): Promise<ValidSession | null> => {
    if (!looksLikeSecretToken(token)) return null;
    const id = hashSecretToken(token);
    const found = await findSessionAndUser(db, id);
    // The lookup is by hash; the constant-time check guards against any looser match by the database.
    if (!found || !constantTimeEqualStrings(found.session.id, id)) return null;
    const now = clock();
    const verdict = judgeSession(found.session, now);
    if (verdict.kind === 'expired') {
      await deleteSession(db, id);
      return null;
    }
    if (verdict.kind === 'refresh') {
      await updateSessionExpiry(db, id, verdict.expiresAt, now);
      return { ...found, session: { ...found.session, expiresAt: verdict.expiresAt }, refreshed: true };
    }
    return { ...found, refreshed: false };
  };

  return {
    async createSession(userId, tx = db) {
      const token = generateSecretToken();
      const now = clock();
      const session: SessionRecord = { id: hashSecretToken(token), userId, createdAt: now, ...newSessionTimes(now) };
      await insertSession(tx, session);
      return { token, session };
    },
    validateSessionToken,
    async sessionFromRequest(req) {
      const token = readCookie(req.headers.cookie, cookieName);
      return token ? validateSessionToken(token) : null;
    },
    async revalidateSessions(ids) {
      const valid = new Set<string>();
      if (ids.length === 0) return valid;
      const now = clock();
      const expired: string[] = [];
      const refreshed: { id: string; expiresAt: number }[] = [];
      for (const session of await findSessions(db, ids)) {
        const verdict = judgeSession(session, now);
        if (verdict.kind === 'expired') {
          expired.push(session.id);
          continue;
        }
        valid.add(session.id);
        if (verdict.kind === 'refresh') refreshed.push({ id: session.id, expiresAt: verdict.expiresAt });
      }
      if (expired.length > 0) await deleteSessions(db, expired);
      if (refreshed.length > 0) await updateSessionExpiries(db, refreshed, now);
      return valid;
    },
    async invalidateSession(session) {
      if (await deleteSession(db, session.id)) {
        events.emitSessionsEnded({ userId: session.userId, sessionIds: [session.id], reason: 'signout' });
      }
    },
    async invalidateUserSessions(userId, reason, keepSessionId, tx) {
      const ended = await deleteUserSessions(tx ?? db, userId, keepSessionId ?? null);
      // Inside a caller's transaction the caller announces after COMMIT (a rollback ends nothing).
      if (!tx) events.emitSessionsEnded({ userId, sessionIds: ended, reason });
      return ended;
    },
    announce: (event) => events.emitSessionsEnded(event),
    onSessionsEnded: (listener) => events.onSessionsEnded(listener),
  };
}
