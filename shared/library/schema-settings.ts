import { z } from 'zod';
import { BpmSchema, DEFAULT_BPM } from './schema-primitives.ts';

export const THEMES = ['light', 'dark', 'system'] as const;

/** User preferences; every field has a default, so a fresh document reads complete settings. */
export const PreferencesSchema = z.object({
  /** Default playback speed multiplier. */
  playbackSpeed: z.number().min(0.5).max(2).default(1),
  preRollSeconds: z.number().min(0).max(30).default(0),
  postRollSeconds: z.number().min(0).max(30).default(0),
  autoLoop: z.boolean().default(true),
  showTimestamps: z.boolean().default(true),
  theme: z.enum(THEMES).default('system'),
  countInBeats: z.int().min(0).max(16).default(4),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
const preferences = PreferencesSchema.shape;
// Explicit optional fields: zod's partial() would fill in defaults for absent keys.
export const PreferencesPatchSchema = z.strictObject({
  playbackSpeed: preferences.playbackSpeed.unwrap().optional(),
  preRollSeconds: preferences.preRollSeconds.unwrap().optional(),
  postRollSeconds: preferences.postRollSeconds.unwrap().optional(),
  autoLoop: preferences.autoLoop.unwrap().optional(),
  showTimestamps: preferences.showTimestamps.unwrap().optional(),
  theme: preferences.theme.unwrap().optional(),
  countInBeats: preferences.countInBeats.unwrap().optional(),
});
export type PreferencesPatch = z.input<typeof PreferencesPatchSchema>;

export const CLICK_SOUNDS = ['classic', 'wood', 'electronic', 'soft', 'bright'] as const;
export const SUBDIVISIONS = ['quarter', 'eighth', 'triplet', 'sixteenth'] as const;
export const BEAT_UNITS = [1, 2, 4, 8, 16] as const;
export const ClickSoundSchema = z.enum(CLICK_SOUNDS);

export const MetronomeSettingsSchema = z.object({
  bpm: BpmSchema.default(DEFAULT_BPM),
  beatsPerMeasure: z.int().min(1).max(16).default(4),
  beatUnit: z.union(BEAT_UNITS.map((unit) => z.literal(unit))).default(4),
  /** One volume multiplier per beat: 1 accent, 0.7 medium, 0.5 normal, 0.3 ghost, 0 silent. */
  accentPattern: z.array(z.number().min(0).max(1)).min(1).max(16).default([1, 0.5, 0.5, 0.5]),
  clickSound: ClickSoundSchema.default('classic'),
  accentSound: ClickSoundSchema.default('classic'),
  subdivision: z.enum(SUBDIVISIONS).default('quarter'),
  volume: z.number().min(0).max(1).default(0.8),
  muted: z.boolean().default(false),
  /** Flash beats without sound. */
  visualOnly: z.boolean().default(false),
  /** Latency calibration applied to the visuals. */
  latencyOffsetMs: z.number().min(-200).max(200).default(0),
});
export type MetronomeSettings = z.infer<typeof MetronomeSettingsSchema>;
const metronome = MetronomeSettingsSchema.shape;
export const MetronomeSettingsPatchSchema = z.strictObject({
  bpm: metronome.bpm.unwrap().optional(),
  beatsPerMeasure: metronome.beatsPerMeasure.unwrap().optional(),
  beatUnit: metronome.beatUnit.unwrap().optional(),
  accentPattern: metronome.accentPattern.unwrap().optional(),
  clickSound: metronome.clickSound.unwrap().optional(),
  accentSound: metronome.accentSound.unwrap().optional(),
  subdivision: metronome.subdivision.unwrap().optional(),
  volume: metronome.volume.unwrap().optional(),
  muted: metronome.muted.unwrap().optional(),
  visualOnly: metronome.visualOnly.unwrap().optional(),
  latencyOffsetMs: metronome.latencyOffsetMs.unwrap().optional(),
});
export type MetronomeSettingsPatch = z.input<typeof MetronomeSettingsPatchSchema>;
