import { z } from 'zod';
import { ChordValueSchema } from './chord-codec.ts';
import { overlayFieldSchemas, type FieldEntityReader } from './read-entities.ts';
import { PracticeSessionSchema, PracticeStatsSlotSchema } from './schema-practice.ts';
import { SECTION_OVERLAY_FIELDS, SectionEntitySchema, SectionRecordSchema } from './schema-section.ts';
import { SONG_OVERLAY_FIELDS, SongEntitySchema, SongRecordSchema } from './schema-song.ts';
import { TempoEventSchema } from './schema-tempo.ts';

// The schemas the readers validate stored values with (DOC14), compiled by zod (z.compile): a
// generated parser answers valid values, and anything it refuses is parsed again by the ordinary
// parser, so a malformed value is refused with the same issues as by the schema itself. Measured
// on the heavy library: sections validate about 6× faster (SPEC.md, "Validation note").
const compiled = <S extends z.ZodType>(schema: S): S => z.compile(schema);

const compiledFields = (fields: ReadonlyMap<string, z.ZodType>): ReadonlyMap<string, z.ZodType> =>
  new Map([...fields].map(([field, schema]) => [field, compiled(schema)]));

export const songReader = {
  kind: 'song',
  fieldKind: 'songField',
  schema: compiled(SongEntitySchema),
  overlayFields: compiledFields(overlayFieldSchemas(SongRecordSchema.shape, SONG_OVERLAY_FIELDS)),
} as const satisfies FieldEntityReader<typeof SongEntitySchema>;

export const sectionReader = {
  kind: 'section',
  fieldKind: 'sectionField',
  schema: compiled(SectionEntitySchema),
  overlayFields: compiledFields(overlayFieldSchemas(SectionRecordSchema.shape, SECTION_OVERLAY_FIELDS)),
} as const satisfies FieldEntityReader<typeof SectionEntitySchema>;

export const StoredChordSchema = compiled(ChordValueSchema);
export const StoredTempoEventSchema = compiled(TempoEventSchema);
export const StoredPracticeSessionSchema = compiled(PracticeSessionSchema);
export const StoredPracticeStatsSlotSchema = compiled(PracticeStatsSlotSchema);
