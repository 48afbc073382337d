import { z } from 'zod';
import { SongIdSchema, TempoEventIdSchema } from './ids.ts';
import { BpmSchema, TimeSignatureSchema } from './schema-primitives.ts';

export const TEMPO_CHANGES = ['instant', 'ramp', 'step'] as const;
export const TempoChangeSchema = z.enum(TEMPO_CHANGES);
export type TempoChange = z.infer<typeof TempoChangeSchema>;

export const MAX_SONG_BAR = 100_000;
export const MAX_RAMP_BEATS = 4096;

const tempoEventEditableShape = {
  /** 1-based bar counted from the start of the song. */
  bar: z.int().min(1).max(MAX_SONG_BAR),
  /** 1-based beat within that bar. */
  beat: z.int().min(1).max(32).default(1),
  bpm: BpmSchema,
  /** Meter from this event's bar on. */
  timeSignature: TimeSignatureSchema.optional(),
  /** instant: jump to bpm; ramp: linear change over rampBeats; step: one equal step per beat over rampBeats. */
  change: TempoChangeSchema.default('instant'),
  rampBeats: z.int().min(1).max(MAX_RAMP_BEATS).optional(),
};

type RampFields = { change: TempoChange; rampBeats?: number | undefined };
const rampNeedsLength = (event: RampFields) => event.change === 'instant' || event.rampBeats !== undefined;
const rampMessage = { message: 'a ramp or step change needs rampBeats', path: ['rampBeats'] };

const tempoEventRecordObject = z.object({ songId: SongIdSchema, ...tempoEventEditableShape });
/** One tempo-map event as stored: one whole plain value per event (DOC5). */
export const TempoEventRecordSchema = tempoEventRecordObject.refine(rampNeedsLength, rampMessage);
export type TempoEventRecord = z.infer<typeof TempoEventRecordSchema>;

export const TempoEventSchema = tempoEventRecordObject.extend({ id: TempoEventIdSchema }).refine(rampNeedsLength, rampMessage);
export type TempoEvent = z.infer<typeof TempoEventSchema>;

export const TempoEventCreateSchema = z
  .strictObject({ id: TempoEventIdSchema.optional(), songId: SongIdSchema, ...tempoEventEditableShape })
  .refine(rampNeedsLength, rampMessage);
export type TempoEventCreateInput = z.input<typeof TempoEventCreateSchema>;

export const TempoEventPatchSchema = z.strictObject({
  bar: tempoEventEditableShape.bar.optional(),
  beat: tempoEventEditableShape.beat.unwrap().optional(),
  bpm: BpmSchema.optional(),
  timeSignature: TimeSignatureSchema.nullable().optional(),
  change: TempoChangeSchema.optional(),
  rampBeats: tempoEventEditableShape.rampBeats.unwrap().nullable().optional(),
});
export type TempoEventPatch = z.input<typeof TempoEventPatchSchema>;

/** Readers sort tempo events by position, then id. */
export function compareTempoEvents(a: TempoEvent, b: TempoEvent): number {
  return a.bar - b.bar || a.beat - b.beat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
