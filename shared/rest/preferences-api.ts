import { z } from 'zod';
import { MetronomeSettingsSchema, PreferencesSchema } from '../library/index.ts';
import { IsoTimestamp } from './api-common.ts';

/**
 * `PUT /api/preferences`: each group given replaces that group whole (a setting left out gets its
 * default); a group left out stays as it is.
 */
export const PutPreferencesRequest = z.strictObject({
  preferences: z.strictObject(PreferencesSchema.shape).optional(),
  metronome: z.strictObject(MetronomeSettingsSchema.shape).optional(),
});
export type PutPreferencesRequest = z.input<typeof PutPreferencesRequest>;

/** `GET /api/preferences`: complete settings (defaults filled in) and when they last changed. */
export const PreferencesResponse = z.object({
  preferences: PreferencesSchema,
  metronome: MetronomeSettingsSchema,
  updatedAt: IsoTimestamp.nullable(),
});
export type PreferencesResponse = z.infer<typeof PreferencesResponse>;
