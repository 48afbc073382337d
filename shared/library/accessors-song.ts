import type { Doc } from 'yjs';
import { LIBRARY_ERROR, LibraryError } from './errors.ts';
import { changedFields, currentFields, writeBase, writeOverlay, type FieldEntityMaps } from './field-entities.ts';
import { SongIdSchema, newId, type SongId } from './ids.ts';
import { libraryRoots } from './roots.ts';
import { SONG_OVERLAY_FIELDS, SongCreateSchema, SongPatchSchema, type SongCreateInput, type SongPatch } from './schema-song.ts';
import { assertWritable } from './schema-version.ts';
import { notFound, parseInput, writeTransaction, type WriteOptions } from './write-transaction.ts';

export function songMaps(doc: Doc): FieldEntityMaps {
  const roots = libraryRoots(doc);
  return { base: roots.songs, overlay: roots.songFields };
}

function existingSong(doc: Doc, id: string): { songId: SongId; maps: FieldEntityMaps; current: Record<string, unknown> } {
  const songId = parseInput(SongIdSchema, id, 'song id');
  const maps = songMaps(doc);
  const current = currentFields(maps, songId, SONG_OVERLAY_FIELDS);
  if (current === null) throw notFound('song', songId);
  return { songId, maps, current };
}

/** Creates a song; returns its id (the given one or a fresh UUID). */
export function createSong(doc: Doc, input: SongCreateInput, options?: WriteOptions): SongId {
  assertWritable(doc);
  const { id, ...fields } = parseInput(SongCreateSchema, input, 'song');
  const songId = id ?? SongIdSchema.parse(newId());
  const maps = songMaps(doc);
  if (maps.base.has(songId)) throw new LibraryError(LIBRARY_ERROR.alreadyExists, `song ${songId} already exists`);
  return writeTransaction(doc, options, (now) => {
    writeBase(maps, songId, { ...fields, createdAt: now });
    return songId;
  });
}

/** Overlays only the fields that change; `null` clears an optional field. */
export function updateSong(doc: Doc, id: string, patch: SongPatch, options?: WriteOptions): void {
  assertWritable(doc);
  const fields = parseInput(SongPatchSchema, patch, 'song patch');
  const { songId, maps, current } = existingSong(doc, id);
  const changed = changedFields(current, fields);
  if (Object.keys(changed).length === 0) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, songId, changed, now));
}

/** Soft delete: the song moves to "recently deleted" and stays restorable (DOC7). */
export function deleteSong(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const { songId, maps, current } = existingSong(doc, id);
  if (current['deletedAt'] !== undefined) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, songId, { deletedAt: now }, now));
}

export function restoreSong(doc: Doc, id: string, options?: WriteOptions): void {
  assertWritable(doc);
  const { songId, maps, current } = existingSong(doc, id);
  if (current['deletedAt'] === undefined) return;
  writeTransaction(doc, options, (now) => writeOverlay(maps, songId, { deletedAt: null }, now));
}
