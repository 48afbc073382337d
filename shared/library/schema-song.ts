import { z } from 'zod';
import { SongIdSchema } from './ids.ts';
import {
  BpmSchema,
  DEFAULT_TIME_SIGNATURE,
  EpochMsSchema,
  NotesSchema,
  TimeSignatureSchema,
  boundedText,
  requiredText,
} from './schema-primitives.ts';
import { TempoEventSchema } from './schema-tempo.ts';

export const MAX_TAGS = 32;

/** The song fields a user edits. */
const songEditableShape = {
  title: requiredText(200),
  artist: boundedText(200).optional(),
  album: boundedText(200).optional(),
  /** Length of the recording in whole seconds. */
  durationSeconds: z.int().min(0).max(86_400).optional(),
  bpm: BpmSchema.optional(),
  /** Musical key as the user writes it, e.g. "Am", "F#", "Eb minor". */
  key: boundedText(24).optional(),
  timeSignature: TimeSignatureSchema.default(DEFAULT_TIME_SIGNATURE),
  tags: z.array(requiredText(50)).max(MAX_TAGS).default([]),
  notes: NotesSchema.optional(),
};

/** What the document stores for a song (base value merged with field overlays, DOC4). */
export const SongRecordSchema = z.object({
  ...songEditableShape,
  createdAt: EpochMsSchema,
  /** Derived when read: the latest of createdAt and the field overlays' edit times. */
  updatedAt: EpochMsSchema,
  /** Soft delete: set = in "recently deleted" (DOC7). */
  deletedAt: EpochMsSchema.optional(),
});
export type SongRecord = z.infer<typeof SongRecordSchema>;

/** Fields an update may overlay; anything else found in the overlay is ignored and reported. */
export const SONG_OVERLAY_FIELDS = [...Object.keys(songEditableShape), 'deletedAt'] as const;

/** A stored song with its id, as the reader validates it. */
export const SongEntitySchema = SongRecordSchema.extend({ id: SongIdSchema });

/** A song as readers see it: stored fields plus tempo map and practice counters. */
export const SongSchema = SongRecordSchema.extend({
  id: SongIdSchema,
  tempoMap: z.array(TempoEventSchema),
  practiceCount: z.int().min(0),
  totalPracticeSeconds: z.int().min(0),
  lastPracticedAt: EpochMsSchema.optional(),
});
export type Song = z.infer<typeof SongSchema>;

export const SongCreateSchema = z.strictObject({ id: SongIdSchema.optional(), ...songEditableShape });
export type SongCreateInput = z.input<typeof SongCreateSchema>;

/** Partial update; `null` clears an optional field. */
export const SongPatchSchema = z.strictObject({
  title: songEditableShape.title.optional(),
  artist: songEditableShape.artist.unwrap().nullable().optional(),
  album: songEditableShape.album.unwrap().nullable().optional(),
  durationSeconds: songEditableShape.durationSeconds.unwrap().nullable().optional(),
  bpm: BpmSchema.nullable().optional(),
  key: songEditableShape.key.unwrap().nullable().optional(),
  timeSignature: TimeSignatureSchema.optional(),
  tags: songEditableShape.tags.unwrap().optional(),
  notes: NotesSchema.nullable().optional(),
});
export type SongPatch = z.input<typeof SongPatchSchema>;
