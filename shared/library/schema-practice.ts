import { z } from 'zod';
import { PracticeSessionIdSchema, SectionIdSchema, SongIdSchema } from './ids.ts';
import { BpmSchema, EpochMsSchema, NotesSchema } from './schema-primitives.ts';

export const MAX_SESSION_SECONDS = 7 * 24 * 3600;

const practiceSessionEditableShape = {
  startedAt: EpochMsSchema,
  endedAt: EpochMsSchema.optional(),
  durationSeconds: z.int().min(0).max(MAX_SESSION_SECONDS).optional(),
  /** The set of sections practised (no duplicates). */
  sectionIds: z.array(SectionIdSchema).max(500).refine((ids) => new Set(ids).size === ids.length, 'duplicate section id').default([]),
  /** Highest tempo reached, e.g. with the tempo trainer. */
  tempoReached: BpmSchema.optional(),
  rating: z.int().min(1).max(5).optional(),
  notes: NotesSchema.optional(),
};

/** A practice session as stored in the practice document: one whole plain value (DOC12). */
export const PracticeSessionRecordSchema = z.object({
  songId: SongIdSchema,
  ...practiceSessionEditableShape,
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type PracticeSessionRecord = z.infer<typeof PracticeSessionRecordSchema>;

export const PracticeSessionSchema = PracticeSessionRecordSchema.extend({ id: PracticeSessionIdSchema });
export type PracticeSession = z.infer<typeof PracticeSessionSchema>;

export const PracticeSessionCreateSchema = z.strictObject({
  id: PracticeSessionIdSchema.optional(),
  songId: SongIdSchema,
  ...practiceSessionEditableShape,
});
export type PracticeSessionCreateInput = z.input<typeof PracticeSessionCreateSchema>;

export const PracticeSessionPatchSchema = z.strictObject({
  startedAt: EpochMsSchema.optional(),
  endedAt: EpochMsSchema.nullable().optional(),
  durationSeconds: practiceSessionEditableShape.durationSeconds.unwrap().nullable().optional(),
  sectionIds: practiceSessionEditableShape.sectionIds.unwrap().optional(),
  tempoReached: BpmSchema.nullable().optional(),
  rating: practiceSessionEditableShape.rating.unwrap().nullable().optional(),
  notes: NotesSchema.nullable().optional(),
});
export type PracticeSessionPatch = z.input<typeof PracticeSessionPatchSchema>;

/**
 * One writer's share of an entity's practice counters (DOC11). Each replica only writes its
 * own slot, so concurrent "mark done" on two devices both count.
 */
export const PracticeStatsSlotSchema = z.object({
  count: z.int().min(0).max(1_000_000),
  seconds: z.int().min(0).max(1_000_000_000),
  lastAt: EpochMsSchema.optional(),
});
export type PracticeStatsSlot = z.infer<typeof PracticeStatsSlotSchema>;

export const SongPracticeInputSchema = z.strictObject({
  songId: SongIdSchema,
  seconds: z.int().min(0).max(MAX_SESSION_SECONDS),
  at: EpochMsSchema.optional(),
});
export type SongPracticeInput = z.input<typeof SongPracticeInputSchema>;

export const SectionPracticeInputSchema = z.strictObject({ sectionId: SectionIdSchema, at: EpochMsSchema.optional() });
export type SectionPracticeInput = z.input<typeof SectionPracticeInputSchema>;

/** Readers sort sessions by start time, then id. */
export function comparePracticeSessions(a: PracticeSession, b: PracticeSession): number {
  return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
