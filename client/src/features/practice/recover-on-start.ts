import type { LocalDocHandle } from '../../lib/local-doc.ts';
import { guestPracticeDoc } from '../../lib/practice-doc.ts';
import { recoverAbandonedSessions } from './recover-sessions.ts';

/**
 * PRA5 "on the next start": opens the practice log after the first screen is up and closes the
 * sessions closed tabs left open. Loaded on demand, so the library's first load carries none of it.
 */
export function recoverOnStart(library: LocalDocHandle): Promise<number> {
  const practice = guestPracticeDoc();
  return recoverAbandonedSessions({ library: library.doc, practice: practice.doc }, [library.whenOpened, practice.whenOpened]);
}
