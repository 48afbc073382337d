import type { Chord, Section, SongWithSections, TempoEvent } from '../../shared/library/index.ts';
import { CHORD_FIELDS, SECTION_FIELDS, SONG_FIELDS, TEMPO_FIELDS, pickFields } from './entity-fields.ts';
import { fieldPatch, isEmptyPatch } from './field-patch.ts';
import type { DocOperation } from './operations.ts';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function planTempoMap(songId: string, current: readonly TempoEvent[], target: readonly TempoEvent[]): DocOperation[] {
  const ops: DocOperation[] = [];
  const targetIds = new Set(target.map((event) => event.id));
  for (const event of current) if (!targetIds.has(event.id)) ops.push({ kind: 'deleteTempoEvent', id: event.id });
  const currentById = byId(current);
  for (const event of target) {
    const existing = currentById.get(event.id);
    if (!existing) {
      ops.push({ kind: 'createTempoEvent', input: { id: event.id, songId, ...pickFields(event, TEMPO_FIELDS) } });
      continue;
    }
    const patch = fieldPatch(existing, event, TEMPO_FIELDS);
    if (!isEmptyPatch(patch)) ops.push({ kind: 'updateTempoEvent', id: event.id, patch });
  }
  return ops;
}

/** Chord changes of one song: every delete first, so a chord that moved sections is re-created, not refused. */
function planChords(currentSections: readonly Section[], targetSections: readonly Section[]): DocOperation[] {
  const current = new Map<string, Chord>();
  for (const section of currentSections) for (const chord of section.chords) current.set(chord.id, chord);
  const target = new Map<string, Chord>();
  for (const section of targetSections) for (const chord of section.chords) target.set(chord.id, chord);

  const deletes: DocOperation[] = [];
  const writes: DocOperation[] = [];
  for (const [id, chord] of current) {
    const wanted = target.get(id);
    if (!wanted || wanted.sectionId !== chord.sectionId) deletes.push({ kind: 'deleteChord', id });
  }
  for (const [id, chord] of target) {
    const existing = current.get(id);
    if (!existing || existing.sectionId !== chord.sectionId) {
      writes.push({ kind: 'createChord', input: { id, sectionId: chord.sectionId, ...pickFields(chord, CHORD_FIELDS) } });
      continue;
    }
    const patch = fieldPatch(existing, chord, CHORD_FIELDS);
    if (!isEmptyPatch(patch)) writes.push({ kind: 'updateChord', id, patch });
  }
  return [...deletes, ...writes];
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]?.id);
}

/**
 * The accessor calls that turn `current` (undefined: the document has no such song) into `target`:
 * its fields, tempo map, sections (fields, deleted or not, order) and chords. Practice counters,
 * times and order keys are not compared; a song or section the target lacks is soft-deleted.
 */
export function planSong(current: SongWithSections | undefined, target: SongWithSections): DocOperation[] {
  const songId = target.id;
  const ops: DocOperation[] = [];
  if (!current) ops.push({ kind: 'createSong', input: { id: songId, ...pickFields(target, SONG_FIELDS) } });
  else {
    if (current.deletedAt !== undefined && target.deletedAt === undefined) ops.push({ kind: 'restoreSong', id: songId });
    const patch = fieldPatch(current, target, SONG_FIELDS);
    if (!isEmptyPatch(patch)) ops.push({ kind: 'updateSong', id: songId, patch });
  }
  ops.push(...planTempoMap(songId, current?.tempoMap ?? [], target.tempoMap));

  const currentSections = current ? [...current.sections, ...current.deletedSections] : [];
  const targetSections = [...target.sections, ...target.deletedSections];
  const currentById = byId(currentSections);
  const sectionDeletes: DocOperation[] = [];
  for (const section of targetSections) {
    const existing = currentById.get(section.id);
    const wantDeleted = section.deletedAt !== undefined;
    if (!existing) {
      ops.push({ kind: 'createSection', input: { id: section.id, songId, ...pickFields(section, SECTION_FIELDS) } });
      if (wantDeleted) sectionDeletes.push({ kind: 'deleteSection', id: section.id });
      continue;
    }
    if (existing.deletedAt !== undefined && !wantDeleted) ops.push({ kind: 'restoreSection', id: section.id });
    const patch = fieldPatch(existing, section, SECTION_FIELDS);
    if (!isEmptyPatch(patch)) ops.push({ kind: 'updateSection', id: section.id, patch });
    if (existing.deletedAt === undefined && wantDeleted) sectionDeletes.push({ kind: 'deleteSection', id: section.id });
  }
  const targetIds = new Set(targetSections.map((section) => section.id));
  for (const section of current?.sections ?? []) {
    if (!targetIds.has(section.id)) sectionDeletes.push({ kind: 'deleteSection', id: section.id });
  }
  // Chords of sections the target lacks stay with them (they are only soft-deleted).
  const keptSections = currentSections.filter((section) => targetIds.has(section.id));
  ops.push(...planChords(keptSections, targetSections), ...sectionDeletes);
  // New sections are appended in target order; only an existing song's sections may need moving.
  if (current && target.sections.length > 0 && !sameIds(current.sections, target.sections)) {
    ops.push({ kind: 'orderSections', songId, ids: target.sections.map((section) => section.id) });
  }
  if (target.deletedAt !== undefined && current?.deletedAt === undefined) ops.push({ kind: 'deleteSong', id: songId });
  return ops;
}
