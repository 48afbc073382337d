import { z } from 'zod';
import { UUID_PATTERN } from './ids.ts';
import { CHORD_QUALITIES, NOTE_NAMES } from './schema-chord.ts';
import { SECTION_TYPES } from './schema-section.ts';
import { MetronomeSettingsSchema, PreferencesSchema } from './schema-settings.ts';
import { TEMPO_CHANGES } from './schema-tempo.ts';

// Rows of the relational projection (DOC16). Column names and types match
// migrations/0002_projections.sql exactly; timestamps are ISO-8601 UTC strings for timestamptz.
const uuid = z.string().regex(UUID_PATTERN);
const timestamp = z.iso.datetime();
const nullableText = z.string().nullable();

/** One tempo_map jsonb entry. */
export const TempoMapEntrySchema = z.strictObject({
  id: uuid,
  bar: z.int().min(1),
  beat: z.int().min(1),
  bpm: z.number(),
  timeSignature: z.string().optional(),
  change: z.enum(TEMPO_CHANGES),
  rampBeats: z.int().min(1).optional(),
});

export const SongRowSchema = z.strictObject({
  id: uuid,
  user_id: uuid,
  title: z.string().min(1),
  artist: nullableText,
  album: nullableText,
  /** Seconds. */
  duration: z.int().min(0).nullable(),
  bpm: z.number().nullable(),
  key: nullableText,
  time_signature: z.string(),
  tags: z.array(z.string()),
  notes: nullableText,
  tempo_map: z.array(TempoMapEntrySchema),
  practice_count: z.int().min(0),
  total_practice_seconds: z.int().min(0),
  last_practiced_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  deleted_at: timestamp.nullable(),
});
export type SongRow = z.infer<typeof SongRowSchema>;

export const SectionRowSchema = z.strictObject({
  id: uuid,
  user_id: uuid,
  song_id: uuid,
  name: z.string().min(1),
  type: z.enum(SECTION_TYPES),
  bars: z.int().min(1).max(999),
  /** Local tempo override, if any. */
  bpm: z.number().nullable(),
  /** Local meter override, if any. */
  time_signature: nullableText,
  confidence: z.int().min(1).max(5),
  /** Effective color: the override or the type's default. */
  color: z.string(),
  notes: nullableText,
  /** 0-based position among the song's live sections; null for a deleted section. */
  sort_order: z.int().min(0).nullable(),
  order_key: z.string(),
  /** Derived (DOC17); null for a deleted section. */
  start_bar: z.int().min(1).nullable(),
  start_time: z.number().min(0).nullable(),
  end_time: z.number().min(0).nullable(),
  practice_count: z.int().min(0),
  last_practiced_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  deleted_at: timestamp.nullable(),
});
export type SectionRow = z.infer<typeof SectionRowSchema>;

export const ChordRowSchema = z.strictObject({
  id: uuid,
  user_id: uuid,
  section_id: uuid,
  song_id: uuid,
  bar: z.int().min(1),
  beat: z.int().min(1),
  duration_beats: z.int().min(1),
  root: z.enum(NOTE_NAMES),
  quality: z.enum(CHORD_QUALITIES),
  extensions: z.array(z.string()),
  bass: z.enum(NOTE_NAMES).nullable(),
  /** Display symbol, e.g. "Am7/G". */
  symbol: z.string(),
});
export type ChordRow = z.infer<typeof ChordRowSchema>;

export const PracticeSessionRowSchema = z.strictObject({
  id: uuid,
  user_id: uuid,
  song_id: uuid,
  started_at: timestamp,
  ended_at: timestamp.nullable(),
  /** Seconds. */
  duration: z.int().min(0).nullable(),
  sections_practiced: z.array(uuid),
  tempo_reached: z.number().nullable(),
  rating: z.int().min(1).max(5).nullable(),
  notes: nullableText,
  created_at: timestamp,
  updated_at: timestamp,
});
export type PracticeSessionRow = z.infer<typeof PracticeSessionRowSchema>;

export const PreferencesRowSchema = z.strictObject({
  user_id: uuid,
  preferences: PreferencesSchema,
  metronome_settings: MetronomeSettingsSchema,
  updated_at: timestamp.nullable(),
});
export type PreferencesRow = z.infer<typeof PreferencesRowSchema>;

export const ProjectedRowsSchema = z.strictObject({
  songs: z.array(SongRowSchema),
  sections: z.array(SectionRowSchema),
  chords: z.array(ChordRowSchema),
  practiceSessions: z.array(PracticeSessionRowSchema),
  preferences: PreferencesRowSchema,
});
export type ProjectedRows = z.infer<typeof ProjectedRowsSchema>;
