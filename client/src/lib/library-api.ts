/**
 * The client's one door to the library document module (shared/library): components and hooks
 * import these names from here only, so a change in shared/ is a one-file change in the client.
 */
export {
  LIBRARY_ERROR,
  LIBRARY_SCHEMA_VERSION,
  createSong,
  isLibraryError,
  readLibrary,
  sectionColor,
  type Library,
  type Section,
  type SongCreateInput,
  type SongWithSections,
} from '../../../shared/library/index.ts';

// Writes, schemas and names the song editor and the bound actions use.
export {
  CHORD_QUALITIES,
  DEFAULT_BPM,
  DEFAULT_TIME_SIGNATURE,
  MAX_BARS,
  MAX_BPM,
  MAX_CHORD_BEAT,
  MAX_RAMP_BEATS,
  MAX_SONG_BAR,
  MAX_TAGS,
  MIN_BARS,
  MIN_BPM,
  NOTE_NAMES,
  SECTION_TYPES,
  SECTION_TYPE_COLORS,
  ChordPatchSchema,
  SectionPatchSchema,
  SongPatchSchema,
  TEMPO_CHANGES,
  TempoEventCreateSchema,
  beatsPerBar,
  chordSymbol,
  createChord,
  createSection,
  createTempoEvent,
  deleteChord,
  deleteSection,
  deleteSong,
  deleteTempoEvent,
  recordSectionPractice,
  recordSongPractice,
  reorderSection,
  restoreSection,
  restoreSong,
  setMetronomeSettings,
  setPreferences,
  updateChord,
  updateSection,
  updateSong,
  updateTempoEvent,
  type Chord,
  type ChordCreateInput,
  type ChordId,
  type ChordPatch,
  type ChordQuality,
  type MetronomeSettingsPatch,
  type NoteName,
  type PreferencesPatch,
  type SectionCreateInput,
  type SectionId,
  type SectionPatch,
  type SectionPracticeInput,
  type SectionType,
  type SongId,
  type SongPatch,
  type SongPracticeInput,
  type TempoChange,
  type TempoEvent,
  type TempoEventCreateInput,
  type TempoEventId,
  type TempoEventPatch,
} from '../../../shared/library/index.ts';

// Not in index.ts (its author owns that file): imported by path.
export { createLibraryUndoManager, type LibraryUndoManager } from '../../../shared/library/undo-manager.ts';

// Practice sessions, the practice document, metronome settings and import/export (library and practice features).
export {
  ChordSchema,
  MetronomeSettingsSchema,
  PracticeSessionIdSchema,
  PracticeSessionSchema,
  PreferencesSchema,
  SECTION_OVERLAY_FIELDS,
  SONG_OVERLAY_FIELDS,
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

// Cloud sync: document names, and the guest → account merge (not in index.ts: the sync feature owns
// that file, imported by path).
export { libraryDocName, practiceDocName } from '../../../shared/library/index.ts';
export { mergeGuestDocument, type GuestMergeResult } from '../../../shared/library/merge-guest.ts';

// The incremental reader behind useLibrary (not in index.ts: the local-first plumbing owns that file).
export { createLibraryReader, type LibraryReader } from '../../../shared/library/library-reader.ts';
