import { Link } from 'wouter';
import { PageLoading } from '../../components/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import '../library/confidence-colors.css';
import './practice.css';
import { PracticeView } from './practice-view.tsx';
import { useRecoverSessions } from './use-recover-sessions.ts';

/** Practice mode for one song. */
export function PracticePage(props: { songId: string }) {
  const library = useLibrary();
  const storage = useStorageStatus();
  useRecoverSessions();
  const song = library.songs.find((candidate) => candidate.id === props.songId);
  return (
    <section className="page practice-page" aria-labelledby="practice-heading">
      <title>{`Practice${song === undefined ? '' : ` · ${song.title}`} · MetMap`}</title>
      <p className="breadcrumb">
        <Link href={paths.song.href(props.songId)}>← {song?.title ?? 'Song'}</Link>
      </p>
      <h1 id="practice-heading">Practice</h1>
      {song !== undefined ? (
        <>
          <p className="practice-song">
            {song.title}
            {song.artist !== undefined && <span className="muted"> · {song.artist}</span>}
          </p>
          <PracticeView key={song.id} song={song} library={library} />
        </>
      ) : storage.state === 'opening' ? (
        <PageLoading label="Opening your library…" />
      ) : (
        <p>
          This song is not in your library (it may have been deleted). <Link href={paths.library.href()}>Back to your library</Link>
        </p>
      )}
    </section>
  );
}
