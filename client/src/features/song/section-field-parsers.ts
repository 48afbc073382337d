import { MAX_BARS, MAX_BPM, MIN_BARS, MIN_BPM, SectionPatchSchema } from '../../lib/library-api.ts';
import { checkWith, optionalText, parseDecimal, parseWhole, type FieldParse } from './field-parse.ts';

const shape = SectionPatchSchema.shape;

/** Section fields typed as text, validated with the shared section schema (EDIT1). */
export const SECTION_FIELDS = {
  name: (text: string): FieldParse<string> => checkWith(shape.name.unwrap(), text.trim(), 'Give the section a name (up to 100 characters).'),
  bars: (text: string): FieldParse<number> =>
    checkWith(shape.bars.unwrap(), parseWhole(text), `Bars is a whole number from ${MIN_BARS} to ${MAX_BARS}.`),
  bpm: (text: string): FieldParse<number | null> => {
    const typed = optionalText(text);
    return checkWith(shape.bpm.unwrap(), typed === null ? null : parseDecimal(typed), `Tempo is ${MIN_BPM}–${MAX_BPM} bpm, or empty for the song's.`);
  },
  timeSignature: (text: string): FieldParse<string | null> =>
    checkWith(shape.timeSignature.unwrap(), optionalText(text.replace(/\s/g, '')), "Write a meter like 3/4, or leave it empty for the song's."),
  notes: (text: string): FieldParse<string | null> =>
    checkWith(shape.notes.unwrap(), text.trim() === '' ? null : text, 'Notes are limited to 10,000 characters.'),
};
