// The library document module (SPEC.md): the one home of the document schema, its typed
// accessors, readers, relational projection and document names.
export { LIBRARY_ERROR, LibraryError, isLibraryError, type LibraryErrorCode } from './errors.ts';
export * from './ids.ts';
export {
  BpmSchema,
  DEFAULT_BPM,
  DEFAULT_TIME_SIGNATURE,
  EpochMsSchema,
  MAX_BPM,
  MIN_BPM,
  TimeSignatureSchema,
  beatsPerBar,
  type EpochMs,
} from './schema-primitives.ts';
export { OrderKeySchema, compareByOrder, isOrderKey } from './order.ts';
export * from './schema-song.ts';
export * from './schema-section.ts';
export * from './schema-chord.ts';
export * from './schema-tempo.ts';
export * from './schema-practice.ts';
export * from './schema-settings.ts';
export * from './schema-rows.ts';
export {
  LIBRARY_SCHEMA_VERSION,
  documentCompatibility,
  readSchemaVersion,
  type DocumentCompatibility,
} from './schema-version.ts';
export { ensureSchemaVersion, type WriteOptions } from './write-transaction.ts';
export { libraryDocName, parseDocName, practiceDocName, type DocKind, type ParsedDocName } from './doc-names.ts';
export { createSong, deleteSong, restoreSong, updateSong } from './accessors-song.ts';
export { createSection, deleteSection, reorderSection, restoreSection, updateSection } from './accessors-section.ts';
export { createChord, deleteChord, updateChord } from './accessors-chord.ts';
export { createTempoEvent, deleteTempoEvent, updateTempoEvent } from './accessors-tempo.ts';
export { recordSectionPractice, recordSongPractice } from './accessors-practice-stats.ts';
export { setMetronomeSettings, setPreferences } from './accessors-settings.ts';
export { createPracticeSession, deletePracticeSession, updatePracticeSession } from './accessors-practice-log.ts';
export { SongWithSectionsSchema, type Library, type PracticeLog, type SongWithSections } from './library-model.ts';
export { READ_ISSUE_KINDS, type ReadIssue, type ReadIssueKind } from './read-issues.ts';
export { readLibrary } from './read-library.ts';
export { readPracticeLog } from './read-practice-log.ts';
export { sectionTimings, type SectionTiming } from './tempo-timeline.ts';
export { projectLibrary } from './project-library.ts';
export { diffRows, isEmptyDiff, type RowsDiff, type TableDiff } from './diff-rows.ts';
