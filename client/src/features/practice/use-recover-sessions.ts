import { useEffect } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { usePracticeDoc } from '../../lib/use-practice-log.ts';
import { recoverAbandonedSessions } from './recover-sessions.ts';

/** Closes sessions left open by closed tabs once the documents have loaded (PRA5). */
export function useRecoverSessions(): void {
  const library = useLibraryDoc();
  const practice = usePracticeDoc();
  useEffect(() => {
    // Read-only (newer) documents refuse the writes; there is nothing to do about that here.
    recoverAbandonedSessions({ library: library.doc, practice: practice.doc }, [library.whenOpened, practice.whenOpened]).catch(
      (error: unknown) => console.warn('MetMap: could not close abandoned practice sessions', error),
    );
  }, [library, practice]);
}
