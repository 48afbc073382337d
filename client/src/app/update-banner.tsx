import { useSyncExternalStore } from 'react';
import { appShellStatus, reloadToNewestVersion } from '../lib/service-worker.ts';

/** Offers the new version once its service worker is waiting; the user picks the moment. */
export function UpdateBanner() {
  const status = useSyncExternalStore(appShellStatus.subscribe, appShellStatus.get);
  if (status.state !== 'update-ready') return null;
  return (
    <div className="banner banner-info" role="status" data-testid="update-banner">
      A new version of MetMap is ready.{' '}
      <button type="button" className="banner-action" onClick={() => void reloadToNewestVersion()}>
        Reload to update
      </button>
    </div>
  );
}
