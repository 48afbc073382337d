import type { PracticeSession, SongWithSections } from '../../lib/library-api.ts';
import { focusAreas } from '../practice/focus-areas.ts';

export interface SongLogStats {
  readonly songId: string;
  /** Null when the song is no longer in the library. */
  readonly title: string | null;
  readonly totalSeconds: number;
  readonly sessions: number;
  /** Mean of the rated sessions; null when none was rated. */
  readonly averageRating: number | null;
  readonly lastPractisedAt: number;
  /** The song's three lowest-confidence sections now (names). */
  readonly weakestSections: readonly string[];
}

/** LOG1: per song: total time, number of sessions, average rating and weakest sections; most practised first. */
export function songLogStats(sessions: readonly PracticeSession[], songs: readonly SongWithSections[]): SongLogStats[] {
  const byId = new Map<string, SongWithSections>(songs.map((song) => [song.id, song]));
  const groups = new Map<string, PracticeSession[]>();
  for (const session of sessions) {
    const group = groups.get(session.songId);
    if (group === undefined) groups.set(session.songId, [session]);
    else group.push(session);
  }
  return [...groups]
    .map(([songId, group]): SongLogStats => {
      const song = byId.get(songId);
      const ratings = group.flatMap((session) => (session.rating === undefined ? [] : [session.rating]));
      return {
        songId,
        title: song?.title ?? null,
        totalSeconds: group.reduce((sum, session) => sum + (session.durationSeconds ?? 0), 0),
        sessions: group.length,
        averageRating: ratings.length === 0 ? null : ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length,
        lastPractisedAt: Math.max(...group.map((session) => session.endedAt ?? session.startedAt)),
        weakestSections: song === undefined ? [] : focusAreas(song.sections).map((section) => section.name),
      };
    })
    .sort((a, b) => b.totalSeconds - a.totalSeconds || b.lastPractisedAt - a.lastPractisedAt || (a.songId < b.songId ? -1 : 1));
}

/** Local midnight of the Monday starting the week `at` falls in. */
export function weekStart(at: number): number {
  const date = new Date(at);
  const sinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday).getTime();
}

export interface WeekTotal {
  readonly weekStart: number;
  readonly seconds: number;
}

/** LOG2: practice time per week (Monday to Sunday, local time) for the `weeks` weeks up to `now`, oldest first. */
export function weeklyTotals(sessions: readonly PracticeSession[], now: number, weeks = 12): WeekTotal[] {
  const current = new Date(weekStart(now));
  const starts = Array.from({ length: weeks }, (_, index) =>
    new Date(current.getFullYear(), current.getMonth(), current.getDate() - 7 * (weeks - 1 - index)).getTime(),
  );
  const totals = new Map(starts.map((start) => [start, 0]));
  for (const session of sessions) {
    const start = weekStart(session.startedAt);
    const total = totals.get(start);
    if (total !== undefined) totals.set(start, total + (session.durationSeconds ?? 0));
  }
  return starts.map((start) => ({ weekStart: start, seconds: totals.get(start) ?? 0 }));
}

/** "2 h 05 min", "14 min", "45 s". */
export function formatPracticeTime(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
