import { z } from 'zod';
import { UUID_PATTERN, isSectionId } from './ids.ts';
import { CHORD_QUALITIES, NOTE_NAMES, type ChordQuality, type ChordRecord, type NoteName } from './schema-chord.ts';

// Chords are most of a library's entities, so each is stored as one compact string (DOC5):
//   <sectionId>|<bar>|<beat>|<durationBeats>|<root>|<quality>|<extension,extension…>|<bass>
// e.g. "3f2a…|1|1|4|A|min7|b9,11|G". Measured: about half the load time and a third of the
// read time of a JSON object per chord (docs/LIBRARY-LAYOUT.md).
const SEPARATOR = '|';
const NOTES = new Map<string, NoteName>(NOTE_NAMES.map((note) => [note, note]));
const QUALITIES = new Map<string, ChordQuality>(CHORD_QUALITIES.map((quality) => [quality, quality]));
const alternatives = (values: readonly string[]) => values.join('|');
const NOTE = `(?:${alternatives(NOTE_NAMES)})`;
const EXTENSION = '(?:add|no|sus)?[#b]?(?:2|3|4|5|6|7|9|11|13)';
const CHORD_VALUE_PATTERN = new RegExp(
  `^(${UUID_PATTERN.source.slice(1, -1)})\\|` +
    '([1-9][0-9]{0,2})\\|' + // bar 1–999
    '([1-9]|[12][0-9]|3[0-2])\\|' + // beat 1–32
    '([1-9][0-9]?|1[01][0-9]|12[0-8])\\|' + // durationBeats 1–128
    `(${NOTE})\\|` +
    `(${alternatives(CHORD_QUALITIES)})\\|` +
    `(${EXTENSION}(?:,${EXTENSION}){0,5})?\\|` +
    `(${NOTE})?$`,
);

export function encodeChordValue(chord: ChordRecord): string {
  const { sectionId, bar, beat, durationBeats, root, quality, extensions, bass } = chord;
  return [sectionId, bar, beat, durationBeats, root, quality, extensions.join(','), bass ?? ''].join(SEPARATOR);
}

/** A decoded chord value; its sectionId is a well-formed UUID still to be matched with a section. */
export type ChordValue = Omit<ChordRecord, 'sectionId'> & { sectionId: string };

/** Parses a stored chord string; rejects anything encodeChordValue cannot produce. */
export const ChordValueSchema = z
  .string()
  .transform((value, ctx): ChordValue => {
    const match = CHORD_VALUE_PATTERN.exec(value);
    const sectionId = match?.[1];
    const root = NOTES.get(match?.[5] ?? '');
    const quality = QUALITIES.get(match?.[6] ?? '');
    const bass = NOTES.get(match?.[8] ?? '');
    if (!match || sectionId === undefined || root === undefined || quality === undefined) {
      ctx.issues.push({ code: 'custom', message: 'expected sectionId|bar|beat|duration|root|quality|extensions|bass', input: value });
      return z.NEVER;
    }
    const chord: ChordValue = {
      sectionId,
      bar: Number(match[2]),
      beat: Number(match[3]),
      durationBeats: Number(match[4]),
      root,
      quality,
      extensions: match[7] ? match[7].split(',') : [],
    };
    if (bass !== undefined) chord.bass = bass;
    return chord;
  });

/** The stored chord as a record, or null when it is malformed (writers use this; readers match sections). */
export function decodeChordRecord(stored: unknown): ChordRecord | null {
  const value = ChordValueSchema.safeParse(stored);
  if (!value.success) return null;
  const { sectionId } = value.data;
  return isSectionId(sectionId) ? { ...value.data, sectionId } : null;
}
