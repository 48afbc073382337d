import { LIBRARY_ERROR, isLibraryError } from '../../lib/library-api.ts';

/** What to tell the user when an accessor refuses a write; null for errors that are bugs, not refusals. */
export function libraryErrorMessage(error: unknown): string | null {
  if (isLibraryError(error, LIBRARY_ERROR.newerSchema)) return 'This library was saved by a newer MetMap. Reload to edit it.';
  if (isLibraryError(error, LIBRARY_ERROR.notFound)) return 'That was deleted meanwhile, perhaps in another tab.';
  if (isLibraryError(error, LIBRARY_ERROR.invalidInput)) return 'That value cannot be saved. Check the highlighted field.';
  if (isLibraryError(error, LIBRARY_ERROR.alreadyExists)) return 'That exists already.';
  return null;
}
