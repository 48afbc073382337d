import { z } from 'zod';
import { CHORD_QUALITIES, ChordCreateSchema, NOTE_NAMES } from '../library/index.ts';
import { ApiId } from './api-common.ts';

const chordFields = ChordCreateSchema.shape;

/**
 * A chord in a request. In a replacement list (`PATCH /api/sections/:id {chords}`) an `id` names a
 * chord the section has (it is updated); a chord without one is created; chords left out are removed.
 */
export const ChordInput = z.strictObject({
  id: ApiId.optional(),
  bar: chordFields.bar,
  beat: chordFields.beat,
  durationBeats: chordFields.durationBeats,
  root: chordFields.root,
  quality: chordFields.quality,
  extensions: chordFields.extensions,
  bass: chordFields.bass,
});
export type ChordInput = z.input<typeof ChordInput>;

export const MAX_CHORDS_PER_SECTION = 1_000;
export const ChordList = z.array(ChordInput).max(MAX_CHORDS_PER_SECTION);

/** Chords of a section being created: the server makes their ids. */
export const NewChordList = z.array(ChordInput.omit({ id: true })).max(MAX_CHORDS_PER_SECTION);

/** A chord in an answer. */
export const ApiChord = z.object({
  id: ApiId,
  bar: z.int(),
  beat: z.int(),
  durationBeats: z.int(),
  root: z.enum(NOTE_NAMES),
  quality: z.enum(CHORD_QUALITIES),
  extensions: z.array(z.string()),
  bass: z.enum(NOTE_NAMES).nullable(),
  /** As displayed, e.g. "Am7/G". */
  symbol: z.string(),
});
export type ApiChord = z.infer<typeof ApiChord>;
