// What the incremental library reader (library-reader.ts) keeps between reads, and how it turns
// that into readLibrary's output: the parsed entries, parent → children indexes, and the
// assembled sections and songs reused while unchanged.
import type { z } from 'zod';
import type { ChordValue } from './chord-codec.ts';
import { ChildIndex } from './child-index.ts';
import type { ChordId } from './ids.ts';
import { sumSlots } from './incremental-entities.ts';
import type { SongWithSections } from './library-model.ts';
import { compareByOrder } from './order.ts';
import { sortIssues, type ReadIssue } from './read-issues.ts';
import { compareChords, type Chord } from './schema-chord.ts';
import type { PracticeStatsSlot } from './schema-practice.ts';
import type { Section, SectionEntitySchema } from './schema-section.ts';
import type { SongEntitySchema } from './schema-song.ts';
import { compareTempoEvents, type TempoEvent } from './schema-tempo.ts';

export type SongRecord = z.output<typeof SongEntitySchema>;
export type SectionRecord = z.output<typeof SectionEntitySchema>;
export type StoredChord = ChordValue & { id: ChordId };

export interface ReaderState {
  // Valid parsed entries by key.
  songs: Map<string, SongRecord>;
  sections: Map<string, SectionRecord>;
  chords: Map<string, StoredChord>;
  tempo: Map<string, TempoEvent>;
  slots: Map<string, { entityId: string; slot: PracticeStatsSlot }>;
  /** Issues of skipped entries, per kind; overlay keys no entity can own are kept per overlay map. */
  issuesBy: Record<'song' | 'section' | 'songField' | 'sectionField' | 'chord' | 'tempoEvent' | 'practiceStats', Map<string, ReadIssue[]>>;
  // Children by parent id: an entity's overlay keys, and valid entries by the parent they name.
  songOverlays: ChildIndex;
  sectionOverlays: ChildIndex;
  sectionsBySong: ChildIndex;
  chordsBySection: ChildIndex;
  tempoBySong: ChildIndex;
  slotsByEntity: ChildIndex;
  // Assembled output, reused while unchanged.
  sectionOut: Map<string, Section>;
  songOut: Map<string, SongWithSections>;
  /** Records already handed out as output objects (see outputFrom). */
  handedOut: WeakSet<object>;
}

export function createReaderState(): ReaderState {
  const issues = () => new Map<string, ReadIssue[]>();
  return {
    songs: new Map(),
    sections: new Map(),
    chords: new Map(),
    tempo: new Map(),
    slots: new Map(),
    issuesBy: { song: issues(), section: issues(), songField: issues(), sectionField: issues(), chord: issues(), tempoEvent: issues(), practiceStats: issues() },
    songOverlays: new ChildIndex(),
    sectionOverlays: new ChildIndex(),
    sectionsBySong: new ChildIndex(),
    chordsBySection: new ChildIndex(),
    tempoBySong: new ChildIndex(),
    slotsByEntity: new ChildIndex(),
    sectionOut: new Map(),
    songOut: new Map(),
    handedOut: new WeakSet(),
  };
}

export function clearReaderState(state: ReaderState): void {
  const { songs, sections, chords, tempo, slots, sectionOut, songOut } = state;
  for (const map of [songs, sections, chords, tempo, slots, sectionOut, songOut]) map.clear();
  for (const map of Object.values(state.issuesBy)) map.clear();
  const { songOverlays, sectionOverlays, sectionsBySong, chordsBySection, tempoBySong, slotsByEntity } = state;
  for (const index of [songOverlays, sectionOverlays, sectionsBySong, chordsBySection, tempoBySong, slotsByEntity]) index.byParent.clear();
}

/**
 * A freshly parsed record becomes the output object itself (no copy, like readLibrary); once it has
 * been handed out, a rebuild copies it, so that a changed section or song is a new object.
 */
function outputFrom<R extends object, X extends object>(
  state: ReaderState,
  record: R,
  extras: X,
  lastPracticedAt: number | undefined,
): R & X & { lastPracticedAt?: number } {
  const fresh = !state.handedOut.has(record);
  const output: R & X & { lastPracticedAt?: number } = Object.assign(fresh ? record : { ...record }, extras);
  if (lastPracticedAt !== undefined) output.lastPracticedAt = lastPracticedAt;
  else if (!fresh) delete output.lastPracticedAt;
  if (fresh) state.handedOut.add(record);
  return output;
}

function countersOf(state: ReaderState, id: string) {
  const list: PracticeStatsSlot[] = [];
  for (const key of state.slotsByEntity.childrenOf(id)) {
    const entry = state.slots.get(key);
    if (entry !== undefined) list.push(entry.slot);
  }
  return sumSlots(list);
}

export function assembleSection(state: ReaderState, record: SectionRecord): Section {
  const list: Chord[] = [];
  for (const key of state.chordsBySection.childrenOf(record.id)) {
    const chord = state.chords.get(key);
    // The section's validated id brands the reference (the same string): no copy of the chord.
    if (chord !== undefined) list.push(Object.assign(chord, { sectionId: record.id }));
  }
  const { practiceCount, lastPracticedAt } = countersOf(state, record.id);
  return outputFrom(state, record, { practiceCount, chords: list.sort(compareChords) }, lastPracticedAt);
}

export function assembleSong(state: ReaderState, record: SongRecord): SongWithSections {
  const tempoMap: TempoEvent[] = [];
  for (const key of state.tempoBySong.childrenOf(record.id)) {
    const event = state.tempo.get(key);
    if (event !== undefined) tempoMap.push(event);
  }
  const all: Section[] = [];
  for (const id of state.sectionsBySong.childrenOf(record.id)) {
    const section = state.sectionOut.get(id);
    if (section !== undefined) all.push(section);
  }
  all.sort(compareByOrder);
  const { practiceCount, totalPracticeSeconds, lastPracticedAt } = countersOf(state, record.id);
  const extras = {
    tempoMap: tempoMap.sort(compareTempoEvents),
    practiceCount,
    totalPracticeSeconds,
    sections: all.filter((section) => section.deletedAt === undefined),
    deletedSections: all.filter((section) => section.deletedAt !== undefined),
  };
  return outputFrom(state, record, extras, lastPracticedAt);
}

/** Live songs oldest first and deleted ones most recently deleted first, as readLibrary orders them. */
export function songLists(state: ReaderState): { live: SongWithSections[]; deleted: SongWithSections[] } {
  const live: SongWithSections[] = [];
  const deleted: SongWithSections[] = [];
  for (const song of state.songOut.values()) (song.deletedAt === undefined ? live : deleted).push(song);
  live.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : 1));
  return { live, deleted };
}

/** Skipped entries plus children whose parent is missing, in readLibrary's order. */
export function collectIssues(state: ReaderState, settingsIssues: readonly ReadIssue[]): ReadIssue[] {
  const { songs, sections } = state;
  const issues: ReadIssue[] = [...settingsIssues];
  for (const map of Object.values(state.issuesBy)) for (const list of map.values()) issues.push(...list);
  for (const [songId, ids] of state.sectionsBySong.byParent) {
    if (!songs.has(songId)) for (const id of ids) issues.push({ kind: 'section', key: id, reason: `song ${songId} is missing` });
  }
  for (const [sectionId, keys] of state.chordsBySection.byParent) {
    if (!sections.has(sectionId)) for (const key of keys) issues.push({ kind: 'chord', key, reason: `section ${sectionId} is missing` });
  }
  for (const [songId, keys] of state.tempoBySong.byParent) {
    if (!songs.has(songId)) for (const key of keys) issues.push({ kind: 'tempoEvent', key, reason: `song ${songId} is missing` });
  }
  for (const id of state.slotsByEntity.byParent.keys()) {
    if (!songs.has(id) && !sections.has(id)) issues.push({ kind: 'practiceStats', key: id, reason: 'counters of a missing song or section' });
  }
  return sortIssues(issues);
}
