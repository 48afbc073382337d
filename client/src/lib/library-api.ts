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

// Practice sessions, the practice document, metronome settings and import/export (library and practice features).
export {
  ChordSchema,
  MetronomeSettingsSchema,
  PracticeSessionIdSchema,
  PracticeSessionSchema,
  PreferencesSchema,
  SUBDIVISIONS,
  SectionIdSchema,
  SectionSchema,
  SongIdSchema,
  SongSchema,
  TempoEventSchema,
  createPracticeSession,
  ensureSchemaVersion,
  readPracticeLog,
  sectionTimings,
  updatePracticeSession,
  type MetronomeSettings,
  type PracticeLog,
  type PracticeSession,
  type PracticeSessionId,
  type Preferences,
  type ReadIssue,
  type Song,
  type WriteOptions,
} from '../../../shared/library/index.ts';

// Import writers (not in index.ts: the import/export feature owns that file), imported by path.
export {
  overwriteSectionRecord,
  overwriteSongRecord,
  raisePracticeCounters,
  restorePracticeSession,
  restoreSectionRecord,
  restoreSongRecord,
  type CountersTarget,
} from '../../../shared/library/import-records.ts';
