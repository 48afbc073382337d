import { Link } from 'wouter';
import { PageLoading } from '../../components/page-loading.tsx';
import { ExportSongButton } from '../import-export/export-song-button.tsx';
import { ShareSongPanel } from '../shared-song/share-song-panel.tsx';
import { paths } from '../../config/paths.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { SectionsPanel } from './sections-panel.tsx';
import { SongDetailsForm } from './song-details-form.tsx';
import { TempoMapEditor } from './tempo-map-editor.tsx';
import { UndoToolbar } from './undo-toolbar.tsx';
import './song.css';

/** One song, fully editable: details, sections with their chord grids, tempo map; undo and redo. */
export function SongPage(props: { songId: string }) {
  const library = useLibrary();
  const storage = useStorageStatus();
  const song = library.songs.find((candidate) => candidate.id === props.songId);
  // A library written by a newer MetMap is shown but never written (DOC9).
  const readOnly = library.compatibility === 'newer';

  if (song === undefined) {
    if (storage.state === 'opening') return <PageLoading label="Opening your library…" />;
    return (
      <section className="page" aria-labelledby="song-missing-heading">
        <title>Song not found · MetMap</title>
        <h1 id="song-missing-heading">Song not found</h1>
        <p>
          It may have been deleted on another device. <Link href={paths.library.href()}>Back to your library</Link>
        </p>
      </section>
    );
  }

  return (
    <article className="page song-page" aria-labelledby="song-heading">
      <title>{`${song.title} · MetMap`}</title>
      <p className="breadcrumb">
        <Link href={paths.library.href()}>← Library</Link>
      </p>
      <header className="song-header">
        <div className="song-heading-text">
          <h1 id="song-heading">{song.title}</h1>
          {song.artist !== undefined && <p className="song-artist">{song.artist}</p>}
        </div>
        <Link href={paths.practice.href(song.id)} className="button button-primary">
          Practise
        </Link>
      </header>
      <SongDetailsForm song={song} readOnly={readOnly} />
      <SectionsPanel song={song} readOnly={readOnly} />
      <TempoMapEditor song={song} readOnly={readOnly} />
      <p className="song-export">
        <ExportSongButton songId={song.id} />
      </p>
      <ShareSongPanel songId={song.id} />
      {/* Last, so that it sticks to the bottom of the screen all the way down the page. */}
      <UndoToolbar readOnly={readOnly} />
    </article>
  );
}
