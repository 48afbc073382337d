import { z } from 'zod';
import { ChordIdSchema, SectionIdSchema } from './ids.ts';

/** Note names with their enharmonic spellings (E#, Fb, B#, Cb included). */
export const NOTE_NAMES = [
  'C', 'C#', 'Db', 'D', 'D#', 'Eb', 'E', 'E#', 'Fb', 'F', 'F#',
  'Gb', 'G', 'G#', 'Ab', 'A', 'A#', 'Bb', 'B', 'B#', 'Cb',
] as const;
export const NoteNameSchema = z.enum(NOTE_NAMES);
export type NoteName = z.infer<typeof NoteNameSchema>;

export const CHORD_QUALITIES = ['maj', 'min', '7', 'maj7', 'min7', 'dim', 'dim7', 'aug', 'sus2', 'sus4', '6', 'min6', '9', 'add9'] as const;
export const ChordQualitySchema = z.enum(CHORD_QUALITIES);
export type ChordQuality = z.infer<typeof ChordQualitySchema>;

/** Extra tensions written after the quality, e.g. "b9", "#11", "13", "add11", "no3". */
export const ChordExtensionSchema = z.string().regex(/^(add|no|sus)?[#b]?(2|3|4|5|6|7|9|11|13)$/, 'expected an extension like "b9"');

export const MAX_CHORD_BEAT = 32;

const chordEditableShape = {
  /** 1-based bar within the section. */
  bar: z.int().min(1).max(999),
  /** 1-based beat within the bar's meter. */
  beat: z.int().min(1).max(MAX_CHORD_BEAT),
  durationBeats: z.int().min(1).max(4 * MAX_CHORD_BEAT).default(1),
  root: NoteNameSchema,
  quality: ChordQualitySchema.default('maj'),
  extensions: z.array(ChordExtensionSchema).max(6).default([]),
  /** Bass note of an inversion or slash chord ("C/E" → "E"). */
  bass: NoteNameSchema.optional(),
};

/** A chord as stored: one whole plain value per chord (DOC5). */
export const ChordRecordSchema = z.object({ sectionId: SectionIdSchema, ...chordEditableShape });
export type ChordRecord = z.infer<typeof ChordRecordSchema>;

export const ChordSchema = ChordRecordSchema.extend({ id: ChordIdSchema });
export type Chord = z.infer<typeof ChordSchema>;

export const ChordCreateSchema = z.strictObject({ id: ChordIdSchema.optional(), sectionId: SectionIdSchema, ...chordEditableShape });
export type ChordCreateInput = z.input<typeof ChordCreateSchema>;

export const ChordPatchSchema = z.strictObject({
  bar: chordEditableShape.bar.optional(),
  beat: chordEditableShape.beat.optional(),
  durationBeats: chordEditableShape.durationBeats.unwrap().optional(),
  root: NoteNameSchema.optional(),
  quality: ChordQualitySchema.optional(),
  extensions: chordEditableShape.extensions.unwrap().optional(),
  bass: NoteNameSchema.nullable().optional(),
});
export type ChordPatch = z.input<typeof ChordPatchSchema>;

const QUALITY_SYMBOLS: Readonly<Record<ChordQuality, string>> = {
  maj: '', min: 'm', '7': '7', maj7: 'maj7', min7: 'm7', dim: 'dim', dim7: 'dim7',
  aug: 'aug', sus2: 'sus2', sus4: 'sus4', '6': '6', min6: 'm6', '9': '9', add9: 'add9',
};

/** Chord symbol as displayed: "Am7", "F#dim", "C7(b9,#11)/E". */
export function chordSymbol(chord: Pick<Chord, 'root' | 'quality' | 'extensions' | 'bass'>): string {
  const extensions = chord.extensions.length > 0 ? `(${chord.extensions.join(',')})` : '';
  const bass = chord.bass === undefined ? '' : `/${chord.bass}`;
  return `${chord.root}${QUALITY_SYMBOLS[chord.quality]}${extensions}${bass}`;
}

/** Readers sort chords by position, then id. */
export function compareChords(a: Chord, b: Chord): number {
  return a.bar - b.bar || a.beat - b.beat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
