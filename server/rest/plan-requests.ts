import type { z } from 'zod';
import { ErrorCode } from '../../shared/errors.ts';
import { ChordIdSchema, TempoEventIdSchema, newId, type Library, type Section, type SongWithSections } from '../../shared/library/index.ts';
import type { ChordInput, NewChordList } from '../../shared/rest/chord-api.ts';
import type { CreateSectionRequest } from '../../shared/rest/section-api.ts';
import type { CreateSongRequest } from '../../shared/rest/song-api.ts';
import type { TempoEventInput } from '../../shared/rest/tempo-api.ts';
import type { DocOperation } from '../document-diff/operations.ts';
import { planSong } from '../document-diff/plan-song.ts';
import { HttpError } from '../guards/http-error.ts';

type NewChords = z.output<typeof NewChordList>;
type NewSection = Omit<z.output<typeof CreateSectionRequest>, 'id' | 'index'>;

function chordOperations(sectionId: string, chords: NewChords | undefined): DocOperation[] {
  return (chords ?? []).map((chord) => ({ kind: 'createChord', input: { sectionId, ...chord } }));
}

/** A new section with its chords (the server makes the chords' ids). */
export function newSectionOperations(songId: string, sectionId: string, section: NewSection & { index?: number | undefined }): DocOperation[] {
  const { chords, ...fields } = section;
  return [{ kind: 'createSection', input: { id: sectionId, songId, ...fields } }, ...chordOperations(sectionId, chords)];
}

/** `POST /api/songs`: the song, its tempo map, then its sections in order with their chords. */
export function newSongOperations(songId: string, body: z.output<typeof CreateSongRequest>): DocOperation[] {
  const { id: _id, tempoMap, sections, ...fields } = body;
  const ops: DocOperation[] = [{ kind: 'createSong', input: { id: songId, ...fields } }];
  for (const event of tempoMap ?? []) ops.push({ kind: 'createTempoEvent', input: { songId, ...event } });
  for (const section of sections ?? []) ops.push(...newSectionOperations(songId, newId(), section));
  return ops;
}

function allSongs(library: Library): SongWithSections[] {
  return [...library.songs, ...library.deletedSongs];
}

/** A song of the library (live or deleted), or undefined. */
export function findSong(library: Library, songId: string): SongWithSections | undefined {
  return allSongs(library).find((song) => song.id === songId);
}

/** The song holding a section (live or deleted), or null. */
export function findSectionSong(library: Library, sectionId: string): { song: SongWithSections; section: Section } | null {
  for (const song of allSongs(library)) {
    const section = [...song.sections, ...song.deletedSections].find((s) => s.id === sectionId);
    if (section) return { song, section };
  }
  return null;
}

function unknownIds<T extends { id?: string | undefined }>(inputs: readonly T[], known: ReadonlySet<string>, what: string): void {
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    if (input.id === undefined) return;
    if (!known.has(input.id)) throw new HttpError(400, ErrorCode.validation, `${what}[${index}].id: unknown id (leave it out to add a new one).`);
    if (seen.has(input.id)) throw new HttpError(400, ErrorCode.validation, `${what}[${index}].id: given twice.`);
    seen.add(input.id);
  });
}

/** `PATCH /api/sections/:id {chords}`: the calls that make the section's chords exactly `inputs`. */
export function replaceChordsOperations(song: SongWithSections, section: Section, inputs: readonly z.output<typeof ChordInput>[]): DocOperation[] {
  unknownIds(inputs, new Set(section.chords.map((chord) => chord.id)), 'chords');
  const chords = inputs.map(({ id, ...fields }) => ({ id: ChordIdSchema.parse(id ?? newId()), sectionId: section.id, ...fields }));
  const replace = (list: Section[]) => list.map((s) => (s.id === section.id ? { ...s, chords } : s));
  return planSong(song, { ...song, sections: replace(song.sections), deletedSections: replace(song.deletedSections) });
}

/** `PATCH /api/songs/:id {tempoMap}`: the calls that make the song's tempo map exactly `inputs`. */
export function replaceTempoMapOperations(song: SongWithSections, inputs: readonly z.output<typeof TempoEventInput>[]): DocOperation[] {
  unknownIds(inputs, new Set(song.tempoMap.map((event) => event.id)), 'tempoMap');
  const tempoMap = inputs.map(({ id, ...fields }) => ({ id: TempoEventIdSchema.parse(id ?? newId()), songId: song.id, ...fields }));
  return planSong(song, { ...song, tempoMap });
}
