import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { PageLoading } from '../../components/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { useFirstRun } from '../onboarding/use-first-run.ts';
import { useRecoverOnStart } from '../practice/use-recover-on-start.ts';
import { AddSongForm } from './add-song-form.tsx';
import { EmptyLibrary } from './empty-library.tsx';
import { LibrarySongs } from './library-songs.tsx';
import { useLibraryList } from './use-library-list.ts';
import './confidence-colors.css';
import './library.css';

// Shown once per device: not worth a byte of the first load for everyone else.
const OnboardingTour = lazy(() => import('../onboarding/onboarding-tour.tsx').then((m) => ({ default: m.OnboardingTour })));

const OPENING_NOTE_ID = 'library-opening-note';

/** Home screen: every song in the library and a form to add one. */
export function LibraryPage() {
  const library = useLibrary();
  const storage = useStorageStatus();
  // LF13: until the document has loaded, the list comes from the list cache (or waits, without one).
  const list = useLibraryList();
  const { tourOpen, closeTour } = useFirstRun();
  useRecoverOnStart();
  const opening = storage.state === 'opening';
  return (
    <section className="page library-page" aria-labelledby="library-heading">
      <title>Library · MetMap</title>
      <div className="library-heading-row">
        <h1 id="library-heading">Library</h1>
        {/* In the heading row, so the list below does not move when the note goes (LF13). */}
        {opening && (
          <p id={OPENING_NOTE_ID} className="muted library-opening" role="status">
            {list.source === 'cache' ? 'Opening… the list is as this device last saw it.' : 'Opening your library…'}
          </p>
        )}
        <Link href={paths.importExport.href()} className="button">
          Import / export
        </Link>
      </div>
      {tourOpen && (
        <Suspense fallback={null}>
          <OnboardingTour onClose={closeTour} />
        </Suspense>
      )}
      {/* Writes wait for the document: none may land before the stored library is in (LF13). */}
      <AddSongForm readOnly={library.compatibility === 'newer'} openingNoteId={opening ? OPENING_NOTE_ID : null} />
      {list.source === 'opening' ? (
        // The empty state waits for stored songs too, so it never flashes at a returning user.
        <PageLoading label="Opening your library…" />
      ) : list.models.length === 0 ? (
        <EmptyLibrary />
      ) : (
        <LibrarySongs models={list.models} source={list.source} />
      )}
    </section>
  );
}
