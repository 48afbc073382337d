import { useMemo } from 'react';
import { PageLoading } from '../../components/page-loading.tsx';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { AddSongForm } from './add-song-form.tsx';
import { EmptyLibrary } from './empty-library.tsx';
import { orderLibrarySongs } from './library-order.ts';
import { LibrarySongs } from './library-songs.tsx';
import './library.css';

/** Home screen: every song in the library and a form to add one. */
export function LibraryPage() {
  const library = useLibrary();
  const storage = useStorageStatus();
  const songs = useMemo(() => orderLibrarySongs(library.songs), [library.songs]);
  // Hold the empty state back until stored songs have loaded, so it never flashes at a returning user.
  const isOpening = storage.state === 'opening' && library.songs.length === 0;
  return (
    <section className="page library-page" aria-labelledby="library-heading">
      <title>Library · MetMap</title>
      <h1 id="library-heading">Library</h1>
      <AddSongForm readOnly={library.compatibility === 'newer'} />
      {isOpening ? (
        <PageLoading label="Opening your library…" />
      ) : library.songs.length === 0 ? (
        <EmptyLibrary />
      ) : (
        <LibrarySongs songs={songs} />
      )}
    </section>
  );
}
