import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PracticeSessionSchema, readLibrary, type PracticeSession } from '../../lib/library-api.ts';
import { createDemoSong, DEMO_SONG_ID } from '../onboarding/demo-song.ts';
import { formatPracticeTime, songLogStats, weeklyTotals, weekStart } from './log-stats.ts';

const day = (d: number, h = 12) => new Date(2026, 2, d, h).getTime(); // March 2026; the 2nd is a Monday
let n = 0;
function session(fields: Partial<Record<keyof PracticeSession, unknown>> & { songId: string; startedAt: number }): PracticeSession {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return PracticeSessionSchema.parse({ id, sectionIds: [], createdAt: fields.startedAt, updatedAt: fields.startedAt, ...fields });
}
const OTHER = '11111111-1111-4111-8111-111111111111';

describe('practice log statistics', () => {
  it('LOG1: per song total time, sessions, average of rated sessions and weakest sections', () => {
    const doc = new Y.Doc();
    createDemoSong(doc);
    const sessions = [
      session({ songId: DEMO_SONG_ID, startedAt: day(2), durationSeconds: 600, rating: 4 }),
      session({ songId: DEMO_SONG_ID, startedAt: day(3), durationSeconds: 300, rating: 2 }),
      session({ songId: DEMO_SONG_ID, startedAt: day(4), durationSeconds: 60 }),
      session({ songId: OTHER, startedAt: day(5), endedAt: day(5, 13), durationSeconds: 3600 }),
    ];
    expect(songLogStats(sessions, readLibrary(doc).songs)).toEqual([
      { songId: OTHER, title: null, totalSeconds: 3600, sessions: 1, averageRating: null, lastPractisedAt: day(5, 13), weakestSections: [] },
      {
        songId: DEMO_SONG_ID,
        title: 'Demo: Practice Groove',
        totalSeconds: 960,
        sessions: 3,
        averageRating: 3,
        lastPractisedAt: day(4),
        weakestSections: ['Bridge', 'Verse', 'Chorus'],
      },
    ]);
  });

  it('LOG2: weeks run Monday to Sunday in local time; sessions outside the window are left out', () => {
    expect(weekStart(day(8, 23))).toBe(day(2, 0));
    expect(weekStart(day(9, 0))).toBe(day(9, 0));
    const sessions = [
      session({ songId: OTHER, startedAt: day(2, 8), durationSeconds: 100 }),
      session({ songId: OTHER, startedAt: day(8, 22), durationSeconds: 50 }),
      session({ songId: OTHER, startedAt: day(16), durationSeconds: 30 }),
      session({ songId: OTHER, startedAt: new Date(2025, 0, 1).getTime(), durationSeconds: 999 }),
      session({ songId: OTHER, startedAt: day(17) }),
    ];
    const weeks = weeklyTotals(sessions, day(18), 3);
    expect(weeks).toEqual([
      { weekStart: day(2, 0), seconds: 150 },
      { weekStart: day(9, 0), seconds: 0 },
      { weekStart: day(16, 0), seconds: 30 },
    ]);
  });

  it('LOG3: practice time reads in seconds, minutes or hours', () => {
    expect(formatPracticeTime(45)).toBe('45 s');
    expect(formatPracticeTime(14 * 60 + 59)).toBe('14 min');
    expect(formatPracticeTime(2 * 3600 + 5 * 60)).toBe('2 h 05 min');
  });
});
