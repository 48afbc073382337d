import { z } from 'zod';
import { SECTION_TYPES, SectionCreateSchema, SectionPatchSchema } from '../library/index.ts';
import { ApiId, IsoTimestamp } from './api-common.ts';
import { ApiChord, ChordList, NewChordList } from './chord-api.ts';

const sectionFields = SectionCreateSchema.shape;

/** `POST /api/songs/:id/sections`: a new section at `index` (default: last), with its chords. */
export const CreateSectionRequest = z.strictObject({
  id: ApiId.optional(),
  name: sectionFields.name,
  type: sectionFields.type,
  bars: sectionFields.bars,
  bpm: sectionFields.bpm,
  timeSignature: sectionFields.timeSignature,
  confidence: sectionFields.confidence,
  color: sectionFields.color,
  notes: sectionFields.notes,
  index: sectionFields.index,
  chords: NewChordList.optional(),
});
export type CreateSectionRequest = z.input<typeof CreateSectionRequest>;

/** A section inside `POST /api/songs`: like CreateSectionRequest, ids are made by the server. */
export const NewSongSectionInput = CreateSectionRequest.omit({ id: true, index: true });

/**
 * `PATCH /api/sections/:id`: changed fields (`null` clears an optional one), a new position among
 * the song's sections (`index`), and/or the whole chord list (replaces the section's chords).
 */
export const UpdateSectionRequest = SectionPatchSchema.extend({
  index: sectionFields.index,
  chords: ChordList.optional(),
});
export type UpdateSectionRequest = z.input<typeof UpdateSectionRequest>;

/** A section in an answer, with its chords. Position fields are null for a deleted section. */
export const ApiSection = z.object({
  id: ApiId,
  songId: ApiId,
  name: z.string(),
  type: z.enum(SECTION_TYPES),
  bars: z.int(),
  bpm: z.number().nullable(),
  timeSignature: z.string().nullable(),
  confidence: z.int(),
  /** The section's color: its own, or its type's. */
  color: z.string(),
  notes: z.string().nullable(),
  /** 0-based position among the song's live sections. */
  position: z.int().nullable(),
  startBar: z.int().nullable(),
  /** Seconds from the start of the song. */
  startTime: z.number().nullable(),
  endTime: z.number().nullable(),
  practiceCount: z.int(),
  lastPracticedAt: IsoTimestamp.nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  deletedAt: IsoTimestamp.nullable(),
  chords: z.array(ApiChord),
});
export type ApiSection = z.infer<typeof ApiSection>;

export const SectionResponse = z.object({ section: ApiSection });
export type SectionResponse = z.infer<typeof SectionResponse>;
