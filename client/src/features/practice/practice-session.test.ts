import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLibrary, readPracticeLog } from '../../lib/library-api.ts';
import { createDemoSong, DEMO_SONG_ID } from '../onboarding/demo-song.ts';
import { HEARTBEAT_MS, sessionLockName, STALE_AFTER_MS, formatTimer } from './open-sessions.ts';
import { closeAbandonedSessions, endPracticeSession, heartbeatPracticeSession, markSectionDone, startPracticeSession } from './practice-session.ts';

const T0 = Date.UTC(2026, 3, 1, 18);

function docs() {
  const library = new Y.Doc();
  createDemoSong(library);
  return { library, practice: new Y.Doc() };
}

describe('practice sessions', () => {
  it('PRA4, PRA6, PRA7: a session starts open, marks sections done and ends with rating, notes and counters', () => {
    const d = docs();
    const [intro, verse] = readLibrary(d.library).songs[0]?.sections ?? [];
    if (intro === undefined || verse === undefined) throw new Error('demo sections');
    const id = startPracticeSession(d.practice, DEMO_SONG_ID, T0);
    expect(readPracticeLog(d.practice).sessions).toMatchObject([{ id, durationSeconds: 0 }]);
    expect(readPracticeLog(d.practice).sessions[0]?.endedAt).toBeUndefined();
    const session = { id, songId: DEMO_SONG_ID, startedAt: T0 };
    let done = markSectionDone(d, session, verse.id, [], T0 + 60_000);
    done = markSectionDone(d, session, verse.id, done, T0 + 120_000);
    done = markSectionDone(d, session, intro.id, done, T0 + 130_000);
    expect(done).toEqual([verse.id, intro.id]);
    endPracticeSession(d, session, { rating: 4, notes: '  chorus felt solid ', tempoReached: 96 }, T0 + 754_400);

    expect(readPracticeLog(d.practice).sessions).toMatchObject([
      { id, startedAt: T0, endedAt: T0 + 754_400, durationSeconds: 754, rating: 4, notes: 'chorus felt solid', tempoReached: 96, sectionIds: [verse.id, intro.id] },
    ]);
    const song = readLibrary(d.library).songs[0];
    expect(song).toMatchObject({ practiceCount: 1, totalPracticeSeconds: 754, lastPracticedAt: T0 + 754_400 });
    expect(song?.sections.find((section) => section.id === verse.id)).toMatchObject({ practiceCount: 2, lastPracticedAt: T0 + 120_000 });
  });

  it('PRA5: a session left open is closed at its last heartbeat with its real duration', () => {
    const d = docs();
    const id = startPracticeSession(d.practice, DEMO_SONG_ID, T0);
    for (let at = T0 + HEARTBEAT_MS; at <= T0 + 10 * 60_000; at += HEARTBEAT_MS) heartbeatPracticeSession(d.practice, id, T0, at);
    const lastBeat = T0 + 10 * 60_000;
    // The tab is closed here. Soon after, the session still looks alive: it is left alone.
    expect(closeAbandonedSessions(d, lastBeat + STALE_AFTER_MS - 1, new Set())).toBe(0);
    // Next start, a day later: closed with 10 minutes, not 24 hours.
    expect(closeAbandonedSessions(d, lastBeat + 86_400_000, new Set())).toBe(1);
    expect(readPracticeLog(d.practice).sessions).toMatchObject([{ id, endedAt: lastBeat, durationSeconds: 600 }]);
    expect(readLibrary(d.library).songs[0]).toMatchObject({ practiceCount: 1, totalPracticeSeconds: 600, lastPracticedAt: lastBeat });
    // Closing is done once.
    expect(closeAbandonedSessions(d, lastBeat + 2 * 86_400_000, new Set())).toBe(0);
  });

  it('PRA5: a session whose tab still holds its lock is never closed, however quiet', () => {
    const d = docs();
    const id = startPracticeSession(d.practice, DEMO_SONG_ID, T0);
    expect(closeAbandonedSessions(d, T0 + 86_400_000, new Set([sessionLockName(id)]))).toBe(0);
    expect(readPracticeLog(d.practice).sessions[0]?.endedAt).toBeUndefined();
  });

  it('PRA5: ended sessions are never touched; a session of a deleted song closes without counters', () => {
    const d = docs();
    const ended = startPracticeSession(d.practice, DEMO_SONG_ID, T0);
    endPracticeSession(d, { id: ended, songId: DEMO_SONG_ID, startedAt: T0 }, {}, T0 + 60_000);
    const orphan = startPracticeSession(d.practice, '11111111-1111-4111-8111-111111111111', T0);
    heartbeatPracticeSession(d.practice, orphan, T0, T0 + 30_000);
    expect(closeAbandonedSessions(d, T0 + 86_400_000, new Set())).toBe(1);
    expect(readPracticeLog(d.practice).sessions.find((session) => session.id === orphan)).toMatchObject({ endedAt: T0 + 30_000, durationSeconds: 30 });
    expect(readLibrary(d.library).songs[0]?.practiceCount).toBe(1);
  });

  it('PRA8: the timer reads minutes and seconds, hours when needed', () => {
    expect(formatTimer(0)).toBe('0:00');
    expect(formatTimer(754.9)).toBe('12:34');
    expect(formatTimer(3723)).toBe('1:02:03');
  });
});
