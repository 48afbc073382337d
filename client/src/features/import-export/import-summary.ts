import type { ImportPlan } from './plan-import.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** IMP3: one line per kind of write in a plan, for people ("2 songs added", …). */
export function describePlan(plan: ImportPlan): string[] {
  const lines: string[] = [];
  const add = (n: number, one: string, many: string, verb: string) => {
    if (n > 0) lines.push(`${count(n, one, many)} ${verb}`);
  };
  add(plan.songsToAdd.length, 'song', 'songs', 'added');
  add(plan.songsToUpdate.length, 'song', 'songs', 'updated (newer in the file)');
  add(plan.sectionsToAdd.length, 'section', 'sections', 'added');
  add(plan.sectionsToUpdate.length, 'section', 'sections', 'updated (newer in the file)');
  add(plan.chordsToAdd.length, 'chord', 'chords', 'added');
  add(plan.tempoEventsToAdd.length, 'tempo change', 'tempo changes', 'added');
  add(plan.countersToRaise.length, 'practice counter', 'practice counters', 'raised');
  add(plan.sessionsToWrite.length, 'practice session', 'practice sessions', 'added or updated');
  if (plan.settings !== null) lines.push('Preferences and metronome settings taken from the file (newer)');
  add(plan.unchanged, 'item is', 'items are', 'already here as in the file');
  add(plan.keptHere, 'item', 'items', 'kept as they are here (edited here more recently)');
  return lines;
}
