import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { ChordIdSchema, newId, type ChordId } from './ids.ts';
import { libraryRoots } from './roots.ts';
import { ChordCreateSchema, ChordPatchSchema, ChordRecordSchema, type ChordCreateInput, type ChordPatch } from './schema-chord.ts';
import { assertWritable } from './schema-version.ts';
import { applyPatch, sameRecord } from './whole-entities.ts';
import { decodeChordRecord, encodeChordValue } from './chord-codec.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

/** Adds a chord to an existing section; returns its id. */
export function createChord(doc: Doc, input: ChordCreateInput, options?: WriteOptions): ChordId {
  assertWritable(doc);
  const { id, ...record } = parseInput(ChordCreateSchema, input, 'chord');
  const chordId = id ?? ChordIdSchema.parse(newId());
  const roots = libraryRoots(doc);
  if (roots.chords.has(chordId)) throw new LibraryError(LIBRARY_ERROR.alreadyExists, `chord ${chordId} already exists`);
  if (!roots.sections.has(record.sectionId)) throw notFound('section', record.sectionId);
  return writeTransaction(doc, options, () => {
    roots.chords.set(chordId, encodeChordValue(record));
    return chordId;
  });
}

/** Rewrites the whole chord value (DOC5): concurrent edits of one chord keep one writer's version. */
export function updateChord(doc: Doc, id: string, patch: ChordPatch, options?: WriteOptions): void {
  assertWritable(doc);
  const chordId = parseInput(ChordIdSchema, id, 'chord id');
  const fields = parseInput(ChordPatchSchema, patch, 'chord patch');
  const { chords } = libraryRoots(doc);
  const current = decodeChordRecord(chords.get(chordId));
  if (current === null) throw notFound('chord', chordId);
  const next = parseInput(ChordRecordSchema, applyPatch(current, fields), 'chord');
  if (sameRecord(current, next)) return;
  writeTransaction(doc, options, () => chords.set(chordId, encodeChordValue(next)));
}

/** Removes the chord; a concurrent update of it brings it back (DOC5). */
export function deleteChord(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const chordId = parseInput(ChordIdSchema, id, 'chord id');
  const { chords } = libraryRoots(doc);
  if (!chords.has(chordId)) throw notFound('chord', chordId);
  writeTransaction(doc, options, () => chords.delete(chordId));
}
