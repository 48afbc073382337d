import {
  SECTION_OVERLAY_FIELDS,
  SONG_OVERLAY_FIELDS,
  type Chord,
  type CountersTarget,
  type Library,
  type PracticeLog,
  type PracticeSession,
  type Section,
  type SongWithSections,
  type TempoEvent,
} from '../../lib/library-api.ts';
import type { Rejection } from './import-rejection.ts';
import type { ImportedSectionRecord, ImportedSongRecord, ParsedImport } from './parse-import.ts';

/** What an import will write; applyImportPlan carries it out. Empty lists = nothing to do. */
export interface ImportPlan {
  readonly songsToAdd: readonly ImportedSongRecord[];
  readonly songsToUpdate: readonly ImportedSongRecord[];
  readonly sectionsToAdd: readonly ImportedSectionRecord[];
  readonly sectionsToUpdate: readonly ImportedSectionRecord[];
  readonly chordsToAdd: readonly Chord[];
  readonly tempoEventsToAdd: readonly TempoEvent[];
  readonly countersToRaise: readonly CountersTarget[];
  readonly settings: NonNullable<ParsedImport['settings']> | null;
  readonly sessionsToWrite: readonly PracticeSession[];
  readonly rejected: readonly Rejection[];
  /** Entities already here exactly as in the file. */
  readonly unchanged: number;
  /** Entities here that differ from the file but were edited later here (or have no edit time): kept as they are. */
  readonly keptHere: number;
}

type Counters = { practiceCount: number; totalPracticeSeconds?: number; lastPracticedAt?: number | undefined };

/** JSON with object keys sorted at every level, and undefined fields dropped, for equality checks. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${stableJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const sameFields = (a: object, b: object, fields: readonly string[]) =>
  fields.every((field) => stableJson(Reflect.get(a, field)) === stableJson(Reflect.get(b, field)));

const sameJson = (a: object, b: object) => stableJson(a) === stableJson(b);

/** IMP7: counters only ever go up to the file's values. */
function counterTarget(id: string, file: Counters, here: Counters | undefined): CountersTarget | null {
  const count = here?.practiceCount ?? 0;
  const seconds = here?.totalPracticeSeconds ?? 0;
  const last = here?.lastPracticedAt ?? -1;
  const fileSeconds = file.totalPracticeSeconds ?? 0;
  if (file.practiceCount <= count && fileSeconds <= seconds && (file.lastPracticedAt ?? -1) <= last) return null;
  return {
    entityId: id,
    practiceCount: file.practiceCount,
    totalPracticeSeconds: fileSeconds,
    ...(file.lastPracticedAt === undefined ? {} : { lastPracticedAt: file.lastPracticedAt }),
  };
}

type Decision = 'add' | 'update' | 'unchanged' | 'kept';

/** IMP5, IMP6: a song or section missing here is added; one here takes the file's fields only when the file's edit is newer. */
function decide(file: { updatedAt: number }, here: { updatedAt: number } | undefined, same: boolean): Decision {
  if (here === undefined) return 'add';
  if (same) return 'unchanged';
  return file.updatedAt > here.updatedAt ? 'update' : 'kept';
}

/**
 * IMP5–IMP9: compares a parsed file with what is here and lists the writes. Ids decide identity
 * (never titles or names), so importing the same file twice plans nothing the second time.
 */
export function planImport(file: ParsedImport, here: Library, log: PracticeLog | null, rejectedInFile: readonly Rejection[]): ImportPlan {
  const rejected = [...rejectedInFile];
  const songsHere = new Map<string, SongWithSections>();
  const sectionsHere = new Map<string, Section>();
  const chordsHere = new Map<string, Chord>();
  const tempoHere = new Map<string, TempoEvent>();
  for (const song of [...here.songs, ...here.deletedSongs]) {
    songsHere.set(song.id, song);
    for (const event of song.tempoMap) tempoHere.set(event.id, event);
    for (const section of [...song.sections, ...song.deletedSections]) {
      sectionsHere.set(section.id, section);
      for (const chord of section.chords) chordsHere.set(chord.id, chord);
    }
  }
  const plan = {
    songsToAdd: [] as ImportedSongRecord[],
    songsToUpdate: [] as ImportedSongRecord[],
    sectionsToAdd: [] as ImportedSectionRecord[],
    sectionsToUpdate: [] as ImportedSectionRecord[],
    chordsToAdd: [] as Chord[],
    tempoEventsToAdd: [] as TempoEvent[],
    countersToRaise: [] as CountersTarget[],
    sessionsToWrite: [] as PracticeSession[],
  };
  let unchanged = 0;
  let keptHere = 0;
  const tally = (decision: Decision) => {
    if (decision === 'unchanged') unchanged += 1;
    if (decision === 'kept') keptHere += 1;
  };

  for (const { record: song, sections, tempoMap } of file.songs) {
    const songHere = songsHere.get(song.id);
    const songDecision = decide(song, songHere, songHere !== undefined && sameFields(song, songHere, SONG_OVERLAY_FIELDS));
    if (songDecision === 'add') plan.songsToAdd.push(song);
    else if (songDecision === 'update') plan.songsToUpdate.push(song);
    else tally(songDecision);
    const songCounters = counterTarget(song.id, song, songHere);
    if (songCounters !== null) plan.countersToRaise.push(songCounters);

    for (const event of tempoMap) {
      const eventHere = tempoHere.get(event.id);
      if (eventHere === undefined) plan.tempoEventsToAdd.push(event);
      else if (eventHere.songId !== song.id) rejected.push({ kind: 'tempoEvent', id: event.id, label: `a tempo change of “${song.title}”`, reason: 'this id belongs to another song here' });
      else tally(sameJson(event, eventHere) ? 'unchanged' : 'kept');
    }

    for (const { record: section, chords } of sections) {
      const sectionHere = sectionsHere.get(section.id);
      const label = `section “${section.name}” of “${song.title}”`;
      if (sectionHere !== undefined && sectionHere.songId !== song.id) {
        rejected.push({ kind: 'section', id: section.id, label, reason: 'this id belongs to a section of another song here' });
        chords.forEach((chord, i) => rejected.push({ kind: 'chord', id: chord.id, label: `chord ${i + 1} of ${label}`, reason: 'its section was refused' }));
        continue;
      }
      const sectionDecision = decide(section, sectionHere, sectionHere !== undefined && sameFields(section, sectionHere, SECTION_OVERLAY_FIELDS));
      if (sectionDecision === 'add') plan.sectionsToAdd.push(section);
      else if (sectionDecision === 'update') plan.sectionsToUpdate.push(section);
      else tally(sectionDecision);
      const sectionCounters = counterTarget(section.id, section, sectionHere);
      if (sectionCounters !== null) plan.countersToRaise.push(sectionCounters);

      for (const chord of chords) {
        const chordHere = chordsHere.get(chord.id);
        if (chordHere === undefined) plan.chordsToAdd.push(chord);
        else if (chordHere.sectionId !== section.id) rejected.push({ kind: 'chord', id: chord.id, label: `a chord of ${label}`, reason: 'this id belongs to another section here' });
        else tally(sameJson(chord, chordHere) ? 'unchanged' : 'kept');
      }
    }
  }

  const sessionsHere = new Map((log?.sessions ?? []).map((session) => [session.id, session]));
  for (const session of file.sessions) {
    const sessionHere = sessionsHere.get(session.id);
    const decision = decide(session, sessionHere, sessionHere !== undefined && sameJson(session, sessionHere));
    if (decision === 'add' || decision === 'update') plan.sessionsToWrite.push(session);
    else tally(decision);
  }

  return { ...plan, settings: settingsToApply(file.settings, here), rejected, unchanged, keptHere };
}

/** IMP8: settings are taken when the file's last settings change is newer than this device's. */
function settingsToApply(settings: ParsedImport['settings'], here: Library): ImportPlan['settings'] {
  if (settings === null || settings.updatedAt === undefined) return null;
  if (here.settingsUpdatedAt !== undefined && settings.updatedAt <= here.settingsUpdatedAt) return null;
  const same = sameJson(settings.preferences, here.preferences) && sameJson(settings.metronome, here.metronome);
  return same ? null : settings;
}

/** Number of writes the plan makes (0: the import changes nothing). */
export function plannedWrites(plan: ImportPlan): number {
  return (
    plan.songsToAdd.length +
    plan.songsToUpdate.length +
    plan.sectionsToAdd.length +
    plan.sectionsToUpdate.length +
    plan.chordsToAdd.length +
    plan.tempoEventsToAdd.length +
    plan.countersToRaise.length +
    plan.sessionsToWrite.length +
    (plan.settings === null ? 0 : 1)
  );
}
