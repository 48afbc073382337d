import { z } from 'zod';
import { TEMPO_CHANGES, TempoEventCreateSchema } from '../library/index.ts';
import { ApiId } from './api-common.ts';

const tempoFields = TempoEventCreateSchema.shape;

const tempoEventFields = z.strictObject({
  id: ApiId.optional(),
  bar: tempoFields.bar,
  beat: tempoFields.beat,
  bpm: tempoFields.bpm,
  timeSignature: tempoFields.timeSignature,
  change: tempoFields.change,
  rampBeats: tempoFields.rampBeats,
});

const rampNeedsLength = (event: { change: string; rampBeats?: number | undefined }) => event.change === 'instant' || event.rampBeats !== undefined;
const rampMessage = { message: 'a ramp or step change needs rampBeats', path: ['rampBeats'] };

/**
 * A tempo-map event in a request. In a replacement list (`PATCH /api/songs/:id {tempoMap}`) an `id`
 * names an event the song has; events without one are created; events left out are removed.
 */
export const TempoEventInput = tempoEventFields.refine(rampNeedsLength, rampMessage);
export type TempoEventInput = z.input<typeof TempoEventInput>;

/** An event of a song being created: the server makes its id. */
export const NewTempoEventInput = tempoEventFields.omit({ id: true }).refine(rampNeedsLength, rampMessage);

export const MAX_TEMPO_EVENTS = 256;
export const TempoMapInput = z.array(TempoEventInput).max(MAX_TEMPO_EVENTS);
export const NewTempoMapInput = z.array(NewTempoEventInput).max(MAX_TEMPO_EVENTS);

/** A tempo-map event in an answer. */
export const ApiTempoEvent = z.object({
  id: ApiId,
  bar: z.int(),
  beat: z.int(),
  bpm: z.number(),
  timeSignature: z.string().nullable(),
  change: z.enum(TEMPO_CHANGES),
  rampBeats: z.int().nullable(),
});
export type ApiTempoEvent = z.infer<typeof ApiTempoEvent>;
