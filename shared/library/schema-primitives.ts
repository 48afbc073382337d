import { z } from 'zod';

/** Latest instant toISOString() can print (year 9999); timestamps are integer epoch milliseconds (UTC). */
export const MAX_EPOCH_MS = 253_402_300_799_999;
export const EpochMsSchema = z.int().min(0).max(MAX_EPOCH_MS);
export type EpochMs = z.infer<typeof EpochMsSchema>;

/** Free text with an upper bound; may be empty. */
export const boundedText = (max: number) => z.string().max(max);
/** Text that must have a visible character; surrounding whitespace is trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const MIN_BPM = 20;
export const MAX_BPM = 400;
export const DEFAULT_BPM = 120;
export const BpmSchema = z.number().min(MIN_BPM).max(MAX_BPM);

const TIME_SIGNATURE_PATTERN = /^([1-9]|[12][0-9]|3[0-2])\/(1|2|4|8|16|32)$/;
/** "beats/unit", e.g. "4/4", "6/8", "11/8": 1–32 beats of a power-of-two note value. */
export const TimeSignatureSchema = z.string().regex(TIME_SIGNATURE_PATTERN, 'expected a time signature like "4/4"');
export const DEFAULT_TIME_SIGNATURE = '4/4';

/** Beats per bar of a validated time signature ("6/8" → 6). */
export function beatsPerBar(timeSignature: string): number {
  return Number.parseInt(timeSignature, 10);
}

export const MAX_NOTES_LENGTH = 10_000;
export const NotesSchema = boundedText(MAX_NOTES_LENGTH);
