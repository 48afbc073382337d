import type { DocOwner } from '../../lib/doc-owner.ts';
import type { LocalDocHandle } from '../../lib/local-doc.ts';
import { practiceDocFor } from '../../lib/practice-doc.ts';
import { recoverAbandonedSessions } from './recover-sessions.ts';

/**
 * PRA5 "on the next start": opens the practice log after the first screen is up and closes the
 * sessions closed tabs left open. Loaded on demand, so the library's first load carries none of it.
 */
export function recoverOnStart(library: LocalDocHandle, owner: DocOwner): Promise<number> {
  const practice = practiceDocFor(owner);
  return recoverAbandonedSessions({ library: library.doc, practice: practice.doc }, [library.whenOpened, practice.whenOpened]);
}
