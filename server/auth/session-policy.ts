const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A session ends after 30 days without use (AUTH2). */
export const SESSION_INACTIVITY_MS = 30 * DAY_MS;
/** ...and one year after sign-in whatever happens (AUTH3). */
export const SESSION_ABSOLUTE_MS = 365 * DAY_MS;
/** The sliding expiry is written at most this often per session (AUTH2). */
export const SESSION_REFRESH_STEP_MS = HOUR_MS;

/** The times that decide a session's fate, in ms since the epoch. */
export type SessionTimes = { expiresAt: number; absoluteExpiresAt: number };

export type SessionVerdict =
  | { kind: 'expired' }
  | { kind: 'valid' }
  /** Still valid, and worth writing a later expiry for. */
  | { kind: 'refresh'; expiresAt: number };

/** The times of a session signed in at `now`. */
export function newSessionTimes(now: number): SessionTimes {
  return { expiresAt: now + SESSION_INACTIVITY_MS, absoluteExpiresAt: now + SESSION_ABSOLUTE_MS };
}

/**
 * What to do with a session used at `now`. A refresh is due only when it pushes the expiry out by at
 * least an hour, so a busy session costs at most one write per hour, and never past the absolute cap.
 */
export function judgeSession(session: SessionTimes, now: number): SessionVerdict {
  if (now >= session.expiresAt || now >= session.absoluteExpiresAt) return { kind: 'expired' };
  const slid = Math.min(now + SESSION_INACTIVITY_MS, session.absoluteExpiresAt);
  if (slid - session.expiresAt >= SESSION_REFRESH_STEP_MS) return { kind: 'refresh', expiresAt: slid };
  return { kind: 'valid' };
}
