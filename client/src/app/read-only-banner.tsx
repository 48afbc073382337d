import { useLibrary } from '../lib/use-library.ts';

/** Shown when the library was written by a newer MetMap: this version only reads it. */
export function ReadOnlyBanner() {
  const { compatibility } = useLibrary();
  if (compatibility !== 'newer') return null;
  return (
    <div className="banner banner-warning" role="alert" data-testid="read-only-banner">
      <strong>Read-only.</strong> Your library was saved by a newer version of MetMap.{' '}
      <button type="button" className="banner-action" onClick={() => window.location.reload()}>
        Reload to update
      </button>
    </div>
  );
}
