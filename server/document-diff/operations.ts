import type { Doc } from 'yjs';
import {
  createChord,
  createSection,
  createSong,
  createTempoEvent,
  deleteChord,
  deleteSection,
  deleteSong,
  deleteTempoEvent,
  isLibraryError,
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
  type ChordPatch,
  type LibraryErrorCode,
  type MetronomeSettingsPatch,
  type PreferencesPatch,
  type SectionCreateInput,
  type SectionPatch,
  type SongCreateInput,
  type SongPatch,
  type TempoEventCreateInput,
  type TempoEventPatch,
  type WriteOptions,
} from '../../shared/library/index.ts';

/** One accessor call, as plain data: what a plan produces and `applyOperations` performs. */
export type DocOperation =
  | { kind: 'createSong'; input: SongCreateInput }
  | { kind: 'updateSong'; id: string; patch: SongPatch }
  | { kind: 'deleteSong'; id: string }
  | { kind: 'restoreSong'; id: string }
  | { kind: 'createSection'; input: SectionCreateInput }
  | { kind: 'updateSection'; id: string; patch: SectionPatch }
  | { kind: 'deleteSection'; id: string }
  | { kind: 'restoreSection'; id: string }
  | { kind: 'reorderSection'; id: string; index: number }
  /** Puts the song's live sections `ids` at positions 0, 1, … (reorderSection per id; a no-op when in place). */
  | { kind: 'orderSections'; songId: string; ids: string[] }
  | { kind: 'createChord'; input: ChordCreateInput }
  | { kind: 'updateChord'; id: string; patch: ChordPatch }
  | { kind: 'deleteChord'; id: string }
  | { kind: 'createTempoEvent'; input: TempoEventCreateInput }
  | { kind: 'updateTempoEvent'; id: string; patch: TempoEventPatch }
  | { kind: 'deleteTempoEvent'; id: string }
  | { kind: 'setPreferences'; patch: PreferencesPatch }
  | { kind: 'setMetronome'; patch: MetronomeSettingsPatch };

export type FailedOperation = { operation: DocOperation; code: LibraryErrorCode; message: string };

export type ApplyMode =
  /** Stop at the first refused call and rethrow it (REST writes: the plan was checked, a refusal is a conflict). */
  | 'strict'
  /** Skip refused calls and report them (restores: each accessor writes nothing when it refuses, DOC10). */
  | 'skip';

function perform(doc: Doc, op: DocOperation, options: WriteOptions | undefined): void {
  switch (op.kind) {
    case 'createSong':
      return void createSong(doc, op.input, options);
    case 'updateSong':
      return updateSong(doc, op.id, op.patch, options);
    case 'deleteSong':
      return deleteSong(doc, op.id, options);
    case 'restoreSong':
      return restoreSong(doc, op.id, options);
    case 'createSection':
      return void createSection(doc, op.input, options);
    case 'updateSection':
      return updateSection(doc, op.id, op.patch, options);
    case 'deleteSection':
      return deleteSection(doc, op.id, options);
    case 'restoreSection':
      return restoreSection(doc, op.id, options);
    case 'reorderSection':
      return reorderSection(doc, op.id, op.index, options);
    case 'orderSections':
      return op.ids.forEach((id, index) => reorderSection(doc, id, index, options));
    case 'createChord':
      return void createChord(doc, op.input, options);
    case 'updateChord':
      return updateChord(doc, op.id, op.patch, options);
    case 'deleteChord':
      return deleteChord(doc, op.id, options);
    case 'createTempoEvent':
      return void createTempoEvent(doc, op.input, options);
    case 'updateTempoEvent':
      return updateTempoEvent(doc, op.id, op.patch, options);
    case 'deleteTempoEvent':
      return deleteTempoEvent(doc, op.id, options);
    case 'setPreferences':
      return setPreferences(doc, op.patch, options);
    case 'setMetronome':
      return setMetronomeSettings(doc, op.patch, options);
  }
}

/**
 * Performs `operations` in order through the accessors. Call it inside one transaction (e.g. in
 * `withDocument`) so that devices receive the whole change at once. Only LibraryErrors are caught.
 */
export function applyOperations(doc: Doc, operations: readonly DocOperation[], mode: ApplyMode, options?: WriteOptions): { applied: number; failed: FailedOperation[] } {
  const failed: FailedOperation[] = [];
  for (const operation of operations) {
    try {
      perform(doc, operation, options);
    } catch (error) {
      if (!isLibraryError(error) || mode === 'strict') throw error;
      failed.push({ operation, code: error.code, message: error.message });
    }
  }
  return { applied: operations.length - failed.length, failed };
}
