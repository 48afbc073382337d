import type * as Y from 'yjs';
import {
  createChord,
  createTempoEvent,
  overwriteSectionRecord,
  overwriteSongRecord,
  raisePracticeCounters,
  restorePracticeSession,
  restoreSectionRecord,
  restoreSongRecord,
  setMetronomeSettings,
  setPreferences,
} from '../../lib/library-api.ts';
import type { ImportPlan } from './plan-import.ts';

/** Transaction origin of imports: not this tab's editing origin, so undo leaves imports alone. */
export const IMPORT_ORIGIN = Object.freeze({ importer: true });

/**
 * Carries out a plan: one transaction on the library (one update for other tabs and storage) and
 * one on the practice log. The plan was checked against the same schemas, so writes do not throw
 * for data reasons; a read-only (newer) document throws before anything is written.
 */
export function applyImportPlan(docs: { library: Y.Doc; practice: Y.Doc }, plan: ImportPlan): void {
  const options = { origin: IMPORT_ORIGIN };
  const { library, practice } = docs;
  library.transact(() => {
    for (const song of plan.songsToAdd) restoreSongRecord(library, song, options);
    for (const song of plan.songsToUpdate) overwriteSongRecord(library, song, options);
    for (const section of plan.sectionsToAdd) restoreSectionRecord(library, section, options);
    for (const section of plan.sectionsToUpdate) overwriteSectionRecord(library, section, options);
    for (const chord of plan.chordsToAdd) createChord(library, chord, options);
    for (const event of plan.tempoEventsToAdd) createTempoEvent(library, event, options);
    if (plan.countersToRaise.length > 0) raisePracticeCounters(library, plan.countersToRaise, options);
    if (plan.settings !== null) {
      const stamped = { ...options, now: plan.settings.updatedAt };
      setPreferences(library, plan.settings.preferences, stamped);
      setMetronomeSettings(library, plan.settings.metronome, stamped);
    }
  }, IMPORT_ORIGIN);
  if (plan.sessionsToWrite.length === 0) return;
  practice.transact(() => {
    for (const session of plan.sessionsToWrite) restorePracticeSession(practice, session, options);
  }, IMPORT_ORIGIN);
}
