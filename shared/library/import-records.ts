import { z } from 'zod';
import type { Doc } from 'yjs';
import { sectionMaps } from './accessors-section.ts';
import { songMaps } from './accessors-song.ts';
import { changedFields, currentFields, writeBase, writeOverlay, type FieldEntityMaps } from './field-entities.ts';
import { PracticeSessionIdSchema } from './ids.ts';
import { readPracticeStats } from './read-practice-stats.ts';
import { libraryRoots, practiceRoots } from './roots.ts';
import { EpochMsSchema } from './schema-primitives.ts';
import { PracticeSessionRecordSchema, PracticeStatsSlotSchema, type PracticeStatsSlot } from './schema-practice.ts';
import { SECTION_OVERLAY_FIELDS, SectionEntitySchema } from './schema-section.ts';
import { SONG_OVERLAY_FIELDS, SongEntitySchema } from './schema-song.ts';
import { assertWritable } from './schema-version.ts';
import { entityKey } from './stored-values.ts';
import { readWholeRecord, writeWholeRecord } from './whole-entities.ts';
import { parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

// Writers for importing an export file: unlike the editing accessors they keep what the file says
// about ids, creation and edit times, section order keys and practice counters, so an imported
// library reads back exactly as it was exported. Owned by the import/export feature (client).

type EntityShape = { id: string; createdAt: number; updatedAt: number };

/** Base value = every stored field at createdAt; a same-value overlay carries a later updatedAt. */
function restoreFieldEntity(maps: FieldEntityMaps, entity: EntityShape & Record<string, unknown>, stampField: string): void {
  const { id, updatedAt, ...stored } = entity;
  writeBase(maps, id, stored);
  if (updatedAt > entity.createdAt) writeOverlay(maps, id, { [stampField]: entity[stampField] }, updatedAt);
}

/** The overlay patch that turns the entity's current fields into `record`'s (absent = cleared). */
function overlayToRecord(maps: FieldEntityMaps, id: string, record: Record<string, unknown>, fields: readonly string[]) {
  const current = currentFields(maps, id, fields) ?? {};
  const patch = Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
  return changedFields(current, patch);
}

/** Adds a song missing from the document exactly as exported (id, createdAt, updatedAt, deletedAt). */
export function restoreSongRecord(doc: Doc, song: unknown, options?: WriteOptions): void {
  assertWritable(doc);
  const entity = parseInput(SongEntitySchema, song, 'song');
  writeTransaction(doc, options, () => restoreFieldEntity(songMaps(doc), entity, 'title'));
}

/** Adds a section missing from the document exactly as exported (id, order key, times). */
export function restoreSectionRecord(doc: Doc, section: unknown, options?: WriteOptions): void {
  assertWritable(doc);
  const entity = parseInput(SectionEntitySchema, section, 'section');
  writeTransaction(doc, options, () => restoreFieldEntity(sectionMaps(doc), entity, 'name'));
}

/** Overlays the fields where an existing song differs from `song`, stamped with its updatedAt. */
export function overwriteSongRecord(doc: Doc, song: unknown, options?: WriteOptions): void {
  assertWritable(doc);
  const entity = parseInput(SongEntitySchema, song, 'song');
  const maps = songMaps(doc);
  const changed = overlayToRecord(maps, entity.id, entity, SONG_OVERLAY_FIELDS);
  if (Object.keys(changed).length === 0) return;
  writeTransaction(doc, options, () => writeOverlay(maps, entity.id, changed, entity.updatedAt));
}

/** Overlays the fields where an existing section differs from `section`, stamped with its updatedAt. */
export function overwriteSectionRecord(doc: Doc, section: unknown, options?: WriteOptions): void {
  assertWritable(doc);
  const entity = parseInput(SectionEntitySchema, section, 'section');
  const maps = sectionMaps(doc);
  const changed = overlayToRecord(maps, entity.id, entity, SECTION_OVERLAY_FIELDS);
  if (Object.keys(changed).length === 0) return;
  writeTransaction(doc, options, () => writeOverlay(maps, entity.id, changed, entity.updatedAt));
}

const CountersTargetSchema = z.strictObject({
  entityId: z.string().regex(/^[0-9a-f-]{36}$/),
  practiceCount: z.int().min(0),
  totalPracticeSeconds: z.int().min(0),
  lastPracticedAt: EpochMsSchema.optional(),
});
export type CountersTarget = z.input<typeof CountersTargetSchema>;

/**
 * Raises songs' and sections' practice counters to at least the targets (never lowers them), by
 * adding the difference to this replica's own slot (DOC11). Importing the same counters twice
 * therefore changes nothing. One batch reads the counters once.
 */
export function raisePracticeCounters(doc: Doc, targets: readonly CountersTarget[], options?: WriteOptions): void {
  assertWritable(doc);
  const parsed = targets.map((target) => parseInput(CountersTargetSchema, target, 'counters'));
  const stats = libraryRoots(doc).practiceStats;
  const totals = readPracticeStats(stats, []);
  const writes: Array<{ key: string; addCount: number; addSeconds: number; laterAt: number | undefined }> = [];
  for (const { entityId, practiceCount, totalPracticeSeconds, lastPracticedAt } of parsed) {
    const current = totals.get(entityId) ?? { practiceCount: 0, totalPracticeSeconds: 0 };
    const addCount = Math.max(0, practiceCount - current.practiceCount);
    const addSeconds = Math.max(0, totalPracticeSeconds - current.totalPracticeSeconds);
    const later = lastPracticedAt !== undefined && lastPracticedAt > (current.lastPracticedAt ?? -1);
    if (addCount === 0 && addSeconds === 0 && !later) continue;
    // A target listed twice must not add its difference twice.
    totals.set(entityId, {
      practiceCount: current.practiceCount + addCount,
      totalPracticeSeconds: current.totalPracticeSeconds + addSeconds,
      lastPracticedAt: later ? lastPracticedAt : current.lastPracticedAt,
    });
    writes.push({ key: entityKey(entityId, String(doc.clientID)), addCount, addSeconds, laterAt: later ? lastPracticedAt : undefined });
  }
  if (writes.length === 0) return;
  writeTransaction(doc, options, () => {
    for (const { key, addCount, addSeconds, laterAt } of writes) {
      const slot: PracticeStatsSlot = readWholeRecord(stats, key, PracticeStatsSlotSchema) ?? { count: 0, seconds: 0 };
      const lastAt = Math.max(slot.lastAt ?? 0, laterAt ?? 0);
      const next = { count: slot.count + addCount, seconds: slot.seconds + addSeconds };
      writeWholeRecord(stats, key, lastAt > 0 ? { ...next, lastAt } : next);
    }
  });
}

const RestoredSessionSchema = PracticeSessionRecordSchema.extend({ id: PracticeSessionIdSchema });

/** Writes a practice session (practice document) exactly as exported, replacing one with its id. */
export function restorePracticeSession(doc: Doc, session: unknown, options?: WriteOptions): void {
  assertWritable(doc);
  const { id, ...record } = parseInput(RestoredSessionSchema, session, 'practice session');
  writeTransaction(doc, options, () => writeWholeRecord(practiceRoots(doc).sessions, id, record));
}
