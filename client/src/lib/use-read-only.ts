import type { Library } from './library-api.ts';
import { useLibrarySelector } from './use-library.ts';

const selectReadOnly = (library: Library) => library.compatibility === 'newer';

/**
 * True when the library was written by a newer MetMap: every write refuses (the accessors throw),
 * so forms disable themselves and the read-only banner asks the user to reload.
 */
export function useLibraryReadOnly(): boolean {
  return useLibrarySelector(selectReadOnly);
}
