import { z } from 'zod';
import { SectionIdSchema, SongIdSchema } from './ids.ts';
import { OrderKeySchema } from './order.ts';
import { BpmSchema, EpochMsSchema, NotesSchema, TimeSignatureSchema, requiredText } from './schema-primitives.ts';
import { ChordSchema } from './schema-chord.ts';

export const SECTION_TYPES = ['intro', 'verse', 'pre-chorus', 'chorus', 'bridge', 'solo', 'breakdown', 'outro', 'custom'] as const;
export const SectionTypeSchema = z.enum(SECTION_TYPES);
export type SectionType = z.infer<typeof SectionTypeSchema>;

/** Color of a section whose `color` is unset. */
export const SECTION_TYPE_COLORS: Readonly<Record<SectionType, string>> = {
  intro: '#8b5cf6',
  verse: '#3b82f6',
  'pre-chorus': '#06b6d4',
  chorus: '#ef4444',
  bridge: '#f59e0b',
  solo: '#ec4899',
  breakdown: '#64748b',
  outro: '#10b981',
  custom: '#6b7280',
};

export const MIN_BARS = 1;
export const MAX_BARS = 999;
export const ColorSchema = z.string().regex(/^#[0-9a-f]{6}$/, 'expected a color like "#3b82f6"');
export const ConfidenceSchema = z.int().min(1).max(5);

const sectionEditableShape = {
  name: requiredText(100),
  type: SectionTypeSchema.default('custom'),
  bars: z.int().min(MIN_BARS).max(MAX_BARS).default(8),
  /** Local tempo; overrides the song's tempo map inside this section. */
  bpm: BpmSchema.optional(),
  /** Local meter; overrides the song's meter inside this section. */
  timeSignature: TimeSignatureSchema.optional(),
  confidence: ConfidenceSchema.default(3),
  /** Override of the type's default color. */
  color: ColorSchema.optional(),
  notes: NotesSchema.optional(),
};

export const SectionRecordSchema = z.object({
  songId: SongIdSchema,
  ...sectionEditableShape,
  order: OrderKeySchema,
  createdAt: EpochMsSchema,
  /** Derived when read: the latest of createdAt and the field overlays' edit times. */
  updatedAt: EpochMsSchema,
  deletedAt: EpochMsSchema.optional(),
});
export type SectionRecord = z.infer<typeof SectionRecordSchema>;

/** Fields an update may overlay; `songId` and `createdAt` are fixed at creation. */
export const SECTION_OVERLAY_FIELDS = [...Object.keys(sectionEditableShape), 'order', 'deletedAt'] as const;

/** A stored section with its id, as the reader validates it. */
export const SectionEntitySchema = SectionRecordSchema.extend({ id: SectionIdSchema });

export const SectionSchema = SectionEntitySchema.extend({
  practiceCount: z.int().min(0),
  lastPracticedAt: EpochMsSchema.optional(),
  chords: z.array(ChordSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const SectionCreateSchema = z.strictObject({
  id: SectionIdSchema.optional(),
  songId: SongIdSchema,
  ...sectionEditableShape,
  /** Position among the song's sections; default: at the end. */
  index: z.int().min(0).optional(),
});
export type SectionCreateInput = z.input<typeof SectionCreateSchema>;

export const SectionPatchSchema = z.strictObject({
  name: sectionEditableShape.name.optional(),
  type: SectionTypeSchema.optional(),
  bars: sectionEditableShape.bars.unwrap().optional(),
  bpm: BpmSchema.nullable().optional(),
  timeSignature: TimeSignatureSchema.nullable().optional(),
  confidence: ConfidenceSchema.optional(),
  color: ColorSchema.nullable().optional(),
  notes: NotesSchema.nullable().optional(),
});
export type SectionPatch = z.input<typeof SectionPatchSchema>;

/** The color a section is drawn with. */
export function sectionColor(section: { type: SectionType; color?: string | undefined }): string {
  return section.color ?? SECTION_TYPE_COLORS[section.type];
}
