import { reloadToNewestVersion } from '../lib/service-worker.ts';
import { useLibraryReadOnly } from '../lib/use-read-only.ts';

/** Shown when the library was written by a newer MetMap: this version only reads it. */
export function ReadOnlyBanner() {
  if (!useLibraryReadOnly()) return null;
  return (
    <div className="banner banner-warning" role="alert" data-testid="read-only-banner">
      <strong>Read-only.</strong> Your library was saved by a newer version of MetMap.{' '}
      <button type="button" className="banner-action" onClick={() => void reloadToNewestVersion()}>
        Reload to update
      </button>
    </div>
  );
}
