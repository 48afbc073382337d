/**
 * The client's one door to the library document module (shared/library): components and hooks
 * import these names from here only, so a change in shared/ is a one-file change in the client.
 */
export {
  LIBRARY_ERROR,
  createSong,
  isLibraryError,
  readLibrary,
  sectionColor,
  type Library,
  type Section,
  type SongCreateInput,
  type SongWithSections,
} from '../../../shared/library/index.ts';
