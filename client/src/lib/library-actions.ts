import type * as Y from 'yjs';
import {
  createChord,
  createSection,
  createSong,
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
  type ChordCreateInput,
  type ChordId,
  type ChordPatch,
  type LibraryUndoManager,
  type MetronomeSettingsPatch,
  type PreferencesPatch,
  type SectionCreateInput,
  type SectionId,
  type SectionPatch,
  type SectionPracticeInput,
  type SongCreateInput,
  type SongId,
  type SongPatch,
  type SongPracticeInput,
  type TempoEventCreateInput,
  type TempoEventId,
  type TempoEventPatch,
} from './library-api.ts';

/** Write operations on the library, bound to one document and this tab's undo origin. They throw `LibraryError`. */
export type LibraryActions = {
  createSong(input: SongCreateInput): SongId;
  updateSong(id: string, patch: SongPatch): void;
  deleteSong(id: string): void;
  restoreSong(id: string): void;
  createSection(input: SectionCreateInput): SectionId;
  updateSection(id: string, patch: SectionPatch): void;
  deleteSection(id: string): void;
  restoreSection(id: string): void;
  reorderSection(id: string, toIndex: number): void;
  createChord(input: ChordCreateInput): ChordId;
  updateChord(id: string, patch: ChordPatch): void;
  deleteChord(id: string): void;
  createTempoEvent(input: TempoEventCreateInput): TempoEventId;
  updateTempoEvent(id: string, patch: TempoEventPatch): void;
  deleteTempoEvent(id: string): void;
  recordSongPractice(input: SongPracticeInput): void;
  recordSectionPractice(input: SectionPracticeInput): void;
  setPreferences(patch: PreferencesPatch): void;
  setMetronomeSettings(patch: MetronomeSettingsPatch): void;
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  durationSeconds: 'duration',
  bpm: 'tempo',
  timeSignature: 'time signature',
};

/** "Edit title", "Edit section tempo and bars": the label an undo button shows for a patch. */
export function patchLabel(what: string, patch: object): string {
  const fields = Object.keys(patch).map((field) => FIELD_NAMES[field] ?? field);
  const list = fields.length <= 1 ? (fields[0] ?? 'details') : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
  return `Edit ${what === '' ? list : `${what} ${list}`}`;
}

/** Key of a patch gesture: repeated writes of the same fields of one entity are one gesture (UNDO3). */
export function patchGestureKey(kind: string, id: string, patch: object): string {
  return `${kind}:${id}:${Object.keys(patch).sort().join(',')}`;
}

/**
 * Binds every library accessor to `doc` with `undo.origin`, announcing each write's gesture to the
 * undo manager first so that one gesture is one undo step (UNDO1, UNDO3).
 */
export function bindLibraryActions(doc: Y.Doc, undo: LibraryUndoManager): LibraryActions {
  const options = { origin: undo.origin };
  let singles = 0;
  const step = <R>(gestureKey: string, label: string, write: () => R): R => {
    undo.beginStep(gestureKey, label);
    return write();
  };
  // Creations and deletions are gestures of their own: two quick "Add" clicks are two steps.
  const single = () => `single:${++singles}`;

  return {
    createSong: (input) => step(single(), 'Add song', () => createSong(doc, input, options)),
    updateSong: (id, patch) => step(patchGestureKey('song', id, patch), patchLabel('', patch), () => updateSong(doc, id, patch, options)),
    deleteSong: (id) => step(single(), 'Delete song', () => deleteSong(doc, id, options)),
    restoreSong: (id) => step(single(), 'Restore song', () => restoreSong(doc, id, options)),
    createSection: (input) => step(single(), 'Add section', () => createSection(doc, input, options)),
    updateSection: (id, patch) =>
      step(patchGestureKey('section', id, patch), patchLabel('section', patch), () => updateSection(doc, id, patch, options)),
    deleteSection: (id) => step(single(), 'Delete section', () => deleteSection(doc, id, options)),
    restoreSection: (id) => step(single(), 'Restore section', () => restoreSection(doc, id, options)),
    // Alt+Arrow pressed three times in a row is one move of one section, so one step.
    reorderSection: (id, toIndex) => step(`move-section:${id}`, 'Move section', () => reorderSection(doc, id, toIndex, options)),
    createChord: (input) => step(single(), 'Add chord', () => createChord(doc, input, options)),
    updateChord: (id, patch) => {
      const moves = Object.keys(patch).every((field) => field === 'bar' || field === 'beat');
      const key = moves ? `move-chord:${id}` : patchGestureKey('chord', id, patch);
      return step(key, moves ? 'Move chord' : 'Edit chord', () => updateChord(doc, id, patch, options));
    },
    deleteChord: (id) => step(single(), 'Delete chord', () => deleteChord(doc, id, options)),
    createTempoEvent: (input) => step(single(), 'Add tempo change', () => createTempoEvent(doc, input, options)),
    updateTempoEvent: (id, patch) =>
      step(patchGestureKey('tempo', id, patch), 'Edit tempo change', () => updateTempoEvent(doc, id, patch, options)),
    deleteTempoEvent: (id) => step(single(), 'Delete tempo change', () => deleteTempoEvent(doc, id, options)),
    // Practice counters and settings are outside the undo scope (UNDO5); they still carry this tab's origin.
    recordSongPractice: (input) => recordSongPractice(doc, input, options),
    recordSectionPractice: (input) => recordSectionPractice(doc, input, options),
    setPreferences: (patch) => setPreferences(doc, patch, options),
    setMetronomeSettings: (patch) => setMetronomeSettings(doc, patch, options),
  };
}
