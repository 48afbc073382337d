import type * as Y from 'yjs';
import {
  createPracticeSession,
  readLibrary,
  readPracticeLog,
  recordSectionPractice,
  recordSongPractice,
  updatePracticeSession,
  type PracticeSessionId,
} from '../../lib/library-api.ts';
import { abandonedSessions, closingOfAbandoned, elapsedSeconds } from './open-sessions.ts';

/** The two documents a practice session writes: the log (sessions) and the library (counters). */
export interface PracticeDocs {
  readonly library: Y.Doc;
  readonly practice: Y.Doc;
}

/** PRA4: a session is logged as soon as it starts, open (no endedAt) until it is ended. */
export function startPracticeSession(practice: Y.Doc, songId: string, now: number): PracticeSessionId {
  return createPracticeSession(practice, { songId, startedAt: now, durationSeconds: 0, sectionIds: [] }, { now });
}

/** PRA5: the open session's duration so far; its updatedAt doubles as the time of the last sign of life. */
export function heartbeatPracticeSession(practice: Y.Doc, sessionId: string, startedAt: number, now: number): void {
  updatePracticeSession(practice, sessionId, { durationSeconds: elapsedSeconds(startedAt, now) }, { now });
}

/** PRA6: "mark done" counts one practice of the section and adds it to the session's set. */
export function markSectionDone(
  docs: PracticeDocs,
  session: { id: string; startedAt: number },
  sectionId: string,
  sectionIds: readonly string[],
  now: number,
): string[] {
  recordSectionPractice(docs.library, { sectionId, at: now });
  const next = sectionIds.includes(sectionId) ? [...sectionIds] : [...sectionIds, sectionId];
  updatePracticeSession(docs.practice, session.id, { sectionIds: next, durationSeconds: elapsedSeconds(session.startedAt, now) }, { now });
  return next;
}

export interface SessionEnding {
  readonly rating?: number | undefined;
  readonly notes?: string | undefined;
  readonly tempoReached?: number | undefined;
}

/** PRA7: ending writes end time, duration, rating and notes, and counts the song as practised. */
export function endPracticeSession(
  docs: PracticeDocs,
  session: { id: string; songId: string; startedAt: number },
  ending: SessionEnding,
  now: number,
): void {
  const durationSeconds = elapsedSeconds(session.startedAt, now);
  const notes = ending.notes?.trim();
  updatePracticeSession(
    docs.practice,
    session.id,
    {
      endedAt: now,
      durationSeconds,
      ...(ending.rating === undefined ? {} : { rating: ending.rating }),
      ...(notes === undefined || notes === '' ? {} : { notes }),
      ...(ending.tempoReached === undefined ? {} : { tempoReached: ending.tempoReached }),
    },
    { now },
  );
  if (readLibrary(docs.library).songs.some((song) => song.id === session.songId)) {
    recordSongPractice(docs.library, { songId: session.songId, seconds: durationSeconds, at: now });
  }
}

/**
 * PRA5: closes every abandoned session at its last heartbeat with the duration it had reached,
 * and counts its song as practised then. Returns how many were closed.
 */
export function closeAbandonedSessions(docs: PracticeDocs, now: number, heldLocks: ReadonlySet<string>): number {
  const abandoned = abandonedSessions(readPracticeLog(docs.practice).sessions, now, heldLocks);
  if (abandoned.length === 0) return 0;
  const songIds = new Set(readLibrary(docs.library).songs.map((song) => song.id));
  for (const session of abandoned) {
    const closing = closingOfAbandoned(session);
    updatePracticeSession(docs.practice, session.id, closing, { now });
    if (closing.durationSeconds > 0 && songIds.has(session.songId)) {
      recordSongPractice(docs.library, { songId: session.songId, seconds: closing.durationSeconds, at: closing.endedAt });
    }
  }
  return abandoned.length;
}
