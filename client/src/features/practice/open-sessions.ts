import type { PracticeSession } from '../../lib/library-api.ts';

/** PRA5: how often an open session writes its duration so far, and when a silent one counts as abandoned. */
export const HEARTBEAT_MS = 15_000;
export const STALE_AFTER_MS = 3 * 60_000;

/** Name of the Web Lock a tab holds while its session is open (proof of life within this browser). */
export function sessionLockName(sessionId: string): string {
  return `metmap:practice-session:${sessionId}`;
}

/**
 * PRA5: sessions left without "End" (tab closed, crash): open, not held by a live tab of this
 * browser, and without a heartbeat for STALE_AFTER_MS.
 */
export function abandonedSessions(sessions: readonly PracticeSession[], now: number, heldLocks: ReadonlySet<string>): PracticeSession[] {
  return sessions.filter(
    (session) =>
      session.endedAt === undefined && !heldLocks.has(sessionLockName(session.id)) && now - session.updatedAt >= STALE_AFTER_MS,
  );
}

/** Whole seconds from `startedAt` to `at`, within what a session may last. */
export function elapsedSeconds(startedAt: number, at: number): number {
  return Math.min(7 * 24 * 3600, Math.max(0, Math.floor((at - startedAt) / 1000)));
}

/** PRA5: an abandoned session ends at its last heartbeat, with the duration it had reached. */
export function closingOfAbandoned(session: PracticeSession): { endedAt: number; durationSeconds: number } {
  const durationSeconds = session.durationSeconds ?? 0;
  return { endedAt: session.startedAt + durationSeconds * 1000, durationSeconds };
}

/** "4:05" or "1:02:03" for the session timer. */
export function formatTimer(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
