import { useMemo } from 'react';
import { Link } from 'wouter';
import { PageLoading } from '../../components/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { usePracticeLog, usePracticeStorageStatus } from '../../lib/use-practice-log.ts';
import { formatTimer } from '../practice/open-sessions.ts';
import { useRecoverSessions } from '../practice/use-recover-sessions.ts';
import { formatPracticeTime, songLogStats, weeklyTotals } from './log-stats.ts';
import './practice-log.css';
import { WeeklyChart } from './weekly-chart.tsx';

const RECENT = 20;

/** The practice log: time per week, per-song totals and the latest sessions. */
export function PracticeLogPage() {
  useRecoverSessions();
  const library = useLibrary();
  const log = usePracticeLog();
  const storage = usePracticeStorageStatus();
  const perSong = useMemo(() => songLogStats(log.sessions, library.songs), [log.sessions, library.songs]);
  const weeks = useMemo(() => weeklyTotals(log.sessions, Date.now()), [log.sessions]);
  const titles = useMemo(() => new Map(library.songs.map((song) => [song.id, song.title])), [library.songs]);
  const recent = log.sessions.slice(-RECENT).reverse();

  return (
    <section className="page practice-log-page" aria-labelledby="log-heading">
      <title>Practice log · MetMap</title>
      <h1 id="log-heading">Practice log</h1>
      {storage.state === 'opening' && log.sessions.length === 0 ? (
        <PageLoading label="Opening your practice log…" />
      ) : log.sessions.length === 0 ? (
        <div className="empty-state">
          <h2>No practice yet</h2>
          <p>
            Open a song from your <Link href={paths.library.href()}>library</Link> and press Practise: every session lands here.
          </p>
        </div>
      ) : (
        <>
          <WeeklyChart weeks={weeks} />
          <section aria-labelledby="log-songs-heading">
            <h2 id="log-songs-heading">By song</h2>
            <ul className="log-songs" aria-label="Practice per song">
              {perSong.map((stats) => (
                <li key={stats.songId} className="log-song" data-testid="log-song">
                  <p className="log-song-title">
                    {stats.title === null ? <span className="muted">Deleted song</span> : <Link href={paths.song.href(stats.songId)}>{stats.title}</Link>}
                  </p>
                  <p className="log-song-figures">
                    <span>{formatPracticeTime(stats.totalSeconds)}</span>
                    <span>{stats.sessions === 1 ? '1 session' : `${stats.sessions} sessions`}</span>
                    <span>{stats.averageRating === null ? 'not rated' : `rating ${stats.averageRating.toFixed(1)} / 5`}</span>
                  </p>
                  {stats.weakestSections.length > 0 && <p className="muted">Weakest: {stats.weakestSections.join(', ')}</p>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="log-recent-heading">
            <h2 id="log-recent-heading">Recent sessions</h2>
            <ol className="log-sessions" aria-label="Recent sessions">
              {recent.map((session) => (
                <li key={session.id} className="log-session" data-testid="log-session">
                  <span className="log-session-when">{new Date(session.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                  <span className="log-session-song">{titles.get(session.songId) ?? 'Deleted song'}</span>
                  <span>{session.endedAt === undefined ? 'in progress' : formatTimer(session.durationSeconds ?? 0)}</span>
                  {session.rating !== undefined && <span>rated {session.rating}/5</span>}
                  {session.sectionIds.length > 0 && <span>{session.sectionIds.length === 1 ? '1 section' : `${session.sectionIds.length} sections`}</span>}
                  {session.notes !== undefined && <span className="log-session-notes">“{session.notes}”</span>}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}
