import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { TempoEventIdSchema, newId, type TempoEventId } from './ids.ts';
import { libraryRoots } from './roots.ts';
import {
  TempoEventCreateSchema,
  TempoEventPatchSchema,
  TempoEventRecordSchema,
  type TempoEventCreateInput,
  type TempoEventPatch,
} from './schema-tempo.ts';
import { assertWritable } from './schema-version.ts';
import { applyPatch, readWholeRecord, sameRecord, writeWholeRecord } from './whole-entities.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

/** Adds an event to a song's tempo map; returns its id. */
export function createTempoEvent(doc: Doc, input: TempoEventCreateInput, options?: WriteOptions): TempoEventId {
  assertWritable(doc);
  const { id, ...record } = parseInput(TempoEventCreateSchema, input, 'tempo event');
  const eventId = id ?? TempoEventIdSchema.parse(newId());
  const roots = libraryRoots(doc);
  if (roots.tempoEvents.has(eventId)) throw new LibraryError(LIBRARY_ERROR.alreadyExists, `tempo event ${eventId} already exists`);
  if (!roots.songs.has(record.songId)) throw notFound('song', record.songId);
  return writeTransaction(doc, options, () => {
    writeWholeRecord(roots.tempoEvents, eventId, record);
    return eventId;
  });
}

export function updateTempoEvent(doc: Doc, id: string, patch: TempoEventPatch, options?: WriteOptions): void {
  assertWritable(doc);
  const eventId = parseInput(TempoEventIdSchema, id, 'tempo event id');
  const fields = parseInput(TempoEventPatchSchema, patch, 'tempo event patch');
  const { tempoEvents } = libraryRoots(doc);
  const current = readWholeRecord(tempoEvents, eventId, TempoEventRecordSchema);
  if (current === null) throw notFound('tempo event', eventId);
  const next = parseInput(TempoEventRecordSchema, applyPatch(current, fields), 'tempo event');
  if (sameRecord(current, next)) return;
  writeTransaction(doc, options, () => writeWholeRecord(tempoEvents, eventId, next));
}

export function deleteTempoEvent(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const eventId = parseInput(TempoEventIdSchema, id, 'tempo event id');
  const { tempoEvents } = libraryRoots(doc);
  if (!tempoEvents.has(eventId)) throw notFound('tempo event', eventId);
  writeTransaction(doc, options, () => tempoEvents.delete(eventId));
}
