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
import './confidence-colors.css';
import './library.css';

// Shown once per device: not worth a byte of the first load for everyone else.
const OnboardingTour = lazy(() => import('../onboarding/onboarding-tour.tsx').then((m) => ({ default: m.OnboardingTour })));

/** Home screen: every song in the library and a form to add one. */
export function LibraryPage() {
  const library = useLibrary();
  const storage = useStorageStatus();
  const { tourOpen, closeTour } = useFirstRun();
  useRecoverOnStart();
  // Hold the empty state back until stored songs have loaded, so it never flashes at a returning user.
  const isOpening = storage.state === 'opening' && library.songs.length === 0;
  return (
    <section className="page library-page" aria-labelledby="library-heading">
      <title>Library · MetMap</title>
      <div className="library-heading-row">
        <h1 id="library-heading">Library</h1>
        <Link href={paths.importExport.href()} className="button">
          Import / export
        </Link>
      </div>
      {tourOpen && (
        <Suspense fallback={null}>
          <OnboardingTour onClose={closeTour} />
        </Suspense>
      )}
      <AddSongForm readOnly={library.compatibility === 'newer'} />
      {isOpening ? (
        <PageLoading label="Opening your library…" />
      ) : library.songs.length === 0 ? (
        <EmptyLibrary />
      ) : (
        <LibrarySongs songs={library.songs} />
      )}
    </section>
  );
}
