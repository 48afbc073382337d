import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { authPages } from '../../../../shared/auth/auth-pages.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-request.ts';
import { useSessionStore } from '../auth/session-store.ts';
import { sharedSongApi } from './shared-song-api.ts';
import { SharedSongSections } from './shared-song-sections.tsx';
import { useSharedSong } from './use-shared-song.ts';
import './shared-song.css';

/** The read-only page a share link opens (`/shared/:token`); a signed-in viewer can copy the song. */
export function SharedSongPage(props: { token: string }) {
  const state = useSharedSong(props.token);
  const signedIn = useSessionStore((s) => s.status === 'signed-in');
  const [, navigate] = useLocation();
  const [copying, setCopying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const copy = async () => {
    setCopying(true);
    setProblem(null);
    try {
      navigate(paths.song.href(await sharedSongApi.copy(props.token)));
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Could not copy the song.');
      setCopying(false);
    }
  };

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind !== 'ready') {
    const message =
      state.kind === 'gone' ? 'This link has expired or was revoked.' : state.kind === 'not-found' ? 'This link does not lead to a song.' : state.message;
    return (
      <section className="page" aria-labelledby="shared-missing-heading">
        <title>Shared song · MetMap</title>
        <h1 id="shared-missing-heading">Shared song</h1>
        <p>{message}</p>
      </section>
    );
  }
  const { song } = state;
  return (
    <article className="page shared-song-page" aria-labelledby="shared-song-heading">
      <title>{`${song.title} (shared) · MetMap`}</title>
      <header className="shared-song-header">
        <p className="muted">Shared song · read-only</p>
        <h1 id="shared-song-heading">{song.title}</h1>
        {song.artist !== null && <p className="song-artist">{song.artist}</p>}
        <p className="muted">
          {[song.bpm !== null ? `${song.bpm} bpm` : null, song.key, song.timeSignature].filter((part) => part !== null).join(' · ')}
          {song.tempoMap.length > 0 && ` · tempo changes at bar ${song.tempoMap.map((event) => event.bar).join(', ')}`}
        </p>
      </header>
      <SharedSongSections song={song} />
      <FormAlert message={problem} />
      <p>
        {signedIn ? (
          <button type="button" className="button button-primary" disabled={copying} onClick={() => void copy()}>
            {copying ? 'Copying…' : 'Copy to my library'}
          </button>
        ) : (
          <>
            <Link href={authPages.signIn}>Sign in</Link> to copy this song into your library.
          </>
        )}
      </p>
    </article>
  );
}
