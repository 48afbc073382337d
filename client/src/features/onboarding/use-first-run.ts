import { useCallback, useEffect, useState } from 'react';
import { useDocOwner, useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { useLibrary } from '../../lib/use-library.ts';
import { useStorageStatus } from '../../lib/use-storage-status.ts';
import { firstRunAction } from './first-run-decision.ts';
import { browserStorage } from '../../lib/browser-storage.ts';
import { readFirstRunFlags, writeFirstRunFlags } from './first-run-flags.ts';

/**
 * Runs the first-run decision once storage has loaded: an empty library on a new device gets the
 * demo song (its code is loaded only then) and the tour. Returns whether the tour should show.
 */
export function useFirstRun(): { tourOpen: boolean; closeTour(): void } {
  const { doc } = useLibraryDoc();
  // Only the guest library: an account's library is filled by sync, and may just not have arrived yet.
  const isGuest = useDocOwner() === 'guest';
  const library = useLibrary();
  const storage = useStorageStatus();
  const [flags, setFlags] = useState(() => readFirstRunFlags(browserStorage()));
  const action = firstRunAction({
    flags,
    storageReady: storage.state === 'ready' && isGuest,
    writable: library.compatibility === 'ok',
    songCount: library.songs.length + library.deletedSongs.length,
  });

  useEffect(() => {
    if (action !== 'create-demo' && action !== 'mark-returning') return;
    const next = { decided: true, onboardingPending: action === 'create-demo' };
    writeFirstRunFlags(browserStorage(), next);
    setFlags(next);
    if (action === 'create-demo') {
      void import('./demo-song.ts')
        .then(({ createDemoSong }) => createDemoSong(doc))
        .catch((error: unknown) => console.error('MetMap: the demo song could not be created', error));
    }
  }, [action, doc]);

  const closeTour = useCallback(() => {
    const next = { decided: true, onboardingPending: false };
    writeFirstRunFlags(browserStorage(), next);
    setFlags(next);
  }, []);

  return { tourOpen: flags.onboardingPending, closeTour };
}
