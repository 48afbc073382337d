import type { z } from 'zod';
import type { SongWithSections } from './library-model.ts';
import { compareByOrder } from './order.ts';
import type { SectionChords } from './read-chords.ts';
import type { ReadIssue } from './read-issues.ts';
import type { PracticeCounters } from './read-practice-stats.ts';
import { compareChords } from './schema-chord.ts';
import type { Section, SectionEntitySchema } from './schema-section.ts';
import type { SongEntitySchema } from './schema-song.ts';
import { compareTempoEvents, type TempoEvent } from './schema-tempo.ts';

type SongEntity = z.output<typeof SongEntitySchema>;
type SectionEntity = z.output<typeof SectionEntitySchema>;

export interface ValidatedEntities {
  songs: ReadonlyMap<string, SongEntity>;
  sections: ReadonlyMap<string, SectionEntity>;
  chordsBySection: ReadonlyMap<string, SectionChords>;
  tempoBySong: ReadonlyMap<string, TempoEvent[]>;
  counters: ReadonlyMap<string, PracticeCounters>;
}

export function pushTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}

/**
 * `list` sorted in place. Lists mostly come out of the document in order already (chords and
 * sections are mostly created in order), which one scan confirms without the sort's own copy.
 */
export function sortList<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const previous = list[i - 1];
    const item = list[i];
    if (previous !== undefined && item !== undefined && compare(previous, item) > 0) return list.sort(compare);
  }
  return list;
}

/**
 * Songs with their sections, chords, tempo maps and counters, in reading order (DOC6, DOC14).
 * The validated records become the output objects (no copies); orphans are reported.
 */
export function assembleSongs(entities: ValidatedEntities, issues: ReadIssue[]): { live: SongWithSections[]; deleted: SongWithSections[] } {
  const { songs, sections, chordsBySection, tempoBySong, counters } = entities;
  const sectionsBySong = new Map<string, Section[]>();
  sections.forEach((record, id) => {
    if (!songs.has(record.songId)) return void issues.push({ kind: 'section', key: id, reason: `song ${record.songId} is missing` });
    const practice = counters.get(id);
    const section: Section = Object.assign(record, {
      practiceCount: practice?.practiceCount ?? 0,
      chords: sortList(chordsBySection.get(id)?.chords ?? [], compareChords),
    });
    if (practice?.lastPracticedAt !== undefined) section.lastPracticedAt = practice.lastPracticedAt;
    pushTo(sectionsBySong, record.songId, section);
  });
  for (const id of counters.keys()) {
    if (!songs.has(id) && !sections.has(id)) issues.push({ kind: 'practiceStats', key: id, reason: 'counters of a missing song or section' });
  }

  const live: SongWithSections[] = [];
  const deleted: SongWithSections[] = [];
  songs.forEach((record, id) => {
    const practice = counters.get(id);
    const all = sortList(sectionsBySong.get(id) ?? [], compareByOrder);
    const song: SongWithSections = Object.assign(record, {
      tempoMap: sortList(tempoBySong.get(id) ?? [], compareTempoEvents),
      practiceCount: practice?.practiceCount ?? 0,
      totalPracticeSeconds: practice?.totalPracticeSeconds ?? 0,
      sections: all.filter((section) => section.deletedAt === undefined),
      deletedSections: all.filter((section) => section.deletedAt !== undefined),
    });
    if (practice?.lastPracticedAt !== undefined) song.lastPracticedAt = practice.lastPracticedAt;
    (song.deletedAt === undefined ? live : deleted).push(song);
  });
  live.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0) || (a.id < b.id ? -1 : 1));
  return { live, deleted };
}
