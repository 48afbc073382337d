import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { changedFields, currentFields, writeBase, writeOverlay, type FieldEntityMaps } from './field-entities.ts';
import { SectionIdSchema, newId, type SectionId } from './ids.ts';
import { compareByOrder, isOrderKey, placeAt } from './order.ts';
import { libraryRoots } from './roots.ts';
import {
  SECTION_OVERLAY_FIELDS,
  SectionCreateSchema,
  SectionPatchSchema,
  type SectionCreateInput,
  type SectionPatch,
} from './schema-section.ts';
import { assertWritable } from './schema-version.ts';
import { liveSiblings, sectionSongId } from './section-siblings.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

export function sectionMaps(doc: Doc): FieldEntityMaps {
  const roots = libraryRoots(doc);
  return { base: roots.sections, overlay: roots.sectionFields };
}

function existingSection(doc: Doc, id: string) {
  const sectionId = parseInput(SectionIdSchema, id, 'section id');
  const maps = sectionMaps(doc);
  const current = currentFields(maps, sectionId, SECTION_OVERLAY_FIELDS);
  if (current === null) throw notFound('section', sectionId);
  return { sectionId, maps, current };
}

/** Creates a section in a song at `index` (default: last); returns its id. */
export function createSection(doc: Doc, input: SectionCreateInput, options?: WriteOptions): SectionId {
  assertWritable(doc);
  const { id, index, ...fields } = parseInput(SectionCreateSchema, input, 'section');
  const sectionId = id ?? SectionIdSchema.parse(newId());
  const maps = sectionMaps(doc);
  if (maps.base.has(sectionId)) throw new LibraryError(LIBRARY_ERROR.alreadyExists, `section ${sectionId} already exists`);
  if (!libraryRoots(doc).songs.has(fields.songId)) throw notFound('song', fields.songId);
  const siblings = liveSiblings(maps, fields.songId);
  const assignments = placeAt(siblings, sectionId, index ?? siblings.length);
  const order = assignments.find((assignment) => assignment.id === sectionId)?.order;
  return writeTransaction(doc, options, (now) => {
    writeBase(maps, sectionId, { ...fields, order, createdAt: now });
    for (const moved of assignments) if (moved.id !== sectionId) writeOverlay(maps, moved.id, { order: moved.order }, now);
    return sectionId;
  });
}

export function updateSection(doc: Doc, id: string, patch: SectionPatch, options?: WriteOptions): void {
  assertWritable(doc);
  const fields = parseInput(SectionPatchSchema, patch, 'section patch');
  const { sectionId, maps, current } = existingSection(doc, id);
  const changed = changedFields(current, fields);
  if (Object.keys(changed).length === 0) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, sectionId, changed, now));
}

/** Soft delete (DOC7): the section leaves the song's strip; chords and counters are kept. */
export function deleteSection(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const { sectionId, maps, current } = existingSection(doc, id);
  if (current['deletedAt'] !== undefined) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, sectionId, { deletedAt: now }, now));
}

export function restoreSection(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const { sectionId, maps, current } = existingSection(doc, id);
  if (current['deletedAt'] === undefined) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, sectionId, { deletedAt: null }, now));
}

/**
 * Moves a live section to `toIndex` among its song's live sections (DOC6): a new order key
 * between its new neighbours, or a re-keyed list when neighbours tie.
 */
export function reorderSection(doc: Doc, id: string, toIndex: number, options?: WriteOptions): void {
  assertWritable(doc);
  const index = parseInput(SectionCreateSchema.shape.index.unwrap(), toIndex, 'section index');
  const { sectionId, maps, current } = existingSection(doc, id);
  const songId = sectionSongId(maps, sectionId);
  if (typeof songId !== 'string' || current['deletedAt'] !== undefined) throw notFound('live section', sectionId);
  const siblings = liveSiblings(maps, songId, sectionId);
  const order = current['order'];
  if (typeof order === 'string' && isOrderKey(order)) {
    const currentIndex = siblings.filter((sibling) => compareByOrder(sibling, { id: sectionId, order }) < 0).length;
    if (currentIndex === Math.min(index, siblings.length)) return;
  }
  const assignments = placeAt(siblings, sectionId, index);
  writeTransaction(doc, options, (now) => {
    for (const moved of assignments) writeOverlay(maps, moved.id, { order: moved.order }, now);
  });
}
