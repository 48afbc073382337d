import { useEffect } from 'react';
import { useDocOwner, useLibraryDoc } from '../../lib/library-doc-context.tsx';

/** Once the first screen is idle, closes practice sessions that closed tabs left open (PRA5). */
export function useRecoverOnStart(): void {
  const library = useLibraryDoc();
  const owner = useDocOwner();
  useEffect(() => {
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      import('./recover-on-start.ts')
        .then(({ recoverOnStart }) => recoverOnStart(library, owner))
        .catch((error: unknown) => console.warn('MetMap: could not close abandoned practice sessions', error));
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 5000 });
      return () => {
        cancelled = true;
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(run, 1000);
    return () => {
      cancelled = true;
      clearTimeout(id);
    };
  }, [library, owner]);
}
