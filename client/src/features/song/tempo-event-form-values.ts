import { MAX_BPM, MAX_RAMP_BEATS, MAX_SONG_BAR, MIN_BPM, TempoEventCreateSchema, type TempoChange, type TempoEvent } from '../../lib/library-api.ts';
import { optionalText, parseDecimal, parseWhole } from './field-parse.ts';

/** The tempo-event form as typed. */
export type TempoFormValues = { bar: string; beat: string; bpm: string; change: TempoChange; rampBeats: string; timeSignature: string };
export type TempoFormErrors = Partial<Record<keyof TempoFormValues, string>>;

/** The fields of a tempo event the form writes; cleared optional fields are null (a patch removes them). */
export type TempoEventFields = {
  bar: number;
  beat: number;
  bpm: number;
  change: TempoChange;
  rampBeats: number | null;
  timeSignature: string | null;
};

const MESSAGES: Readonly<Record<keyof TempoFormValues, string>> = {
  bar: `Bar is a whole number from 1 to ${MAX_SONG_BAR}.`,
  beat: 'Beat is a whole number from 1 to 32.',
  bpm: `Tempo is ${MIN_BPM}–${MAX_BPM} bpm.`,
  change: 'Pick how the tempo changes.',
  rampBeats: `A ramp or step needs its length: 1 to ${MAX_RAMP_BEATS} beats.`,
  timeSignature: 'Write a meter like 3/4, or leave it empty.',
};

const isFormField = (key: PropertyKey | undefined): key is keyof TempoFormValues => typeof key === 'string' && key in MESSAGES;

/** The form's starting values: an existing event, or a new one at `bar` with the tempo in force. */
export function tempoFormValues(event: TempoEvent | undefined, defaults: { bar: number; bpm: number }): TempoFormValues {
  return {
    bar: String(event?.bar ?? defaults.bar),
    beat: String(event?.beat ?? 1),
    bpm: String(event?.bpm ?? defaults.bpm),
    change: event?.change ?? 'instant',
    rampBeats: event?.rampBeats === undefined ? '' : String(event.rampBeats),
    timeSignature: event?.timeSignature ?? '',
  };
}

/** Checks the typed values with the shared tempo-event schema; every refused field gets its message (EDIT6). */
export function parseTempoForm(values: TempoFormValues, songId: string): { ok: true; fields: TempoEventFields } | { ok: false; errors: TempoFormErrors } {
  const ramps = values.change !== 'instant';
  const timeSignature = optionalText(values.timeSignature.replace(/\s/g, ''));
  const candidate = {
    songId,
    bar: parseWhole(values.bar),
    beat: parseWhole(values.beat),
    bpm: parseDecimal(values.bpm),
    change: values.change,
    rampBeats: ramps ? parseWhole(values.rampBeats) : undefined,
    timeSignature: timeSignature ?? undefined,
  };
  const result = TempoEventCreateSchema.safeParse(candidate);
  if (!result.success) {
    const errors: TempoFormErrors = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (isFormField(field)) errors[field] = MESSAGES[field];
    }
    return { ok: false, errors };
  }
  const { bar, beat, bpm, change, rampBeats } = result.data;
  return { ok: true, fields: { bar, beat, bpm, change, rampBeats: rampBeats ?? null, timeSignature } };
}

/** "Bar 9, beat 3 · 140 bpm · ramp over 8 beats · 3/4". */
export function describeTempoEvent(event: TempoEvent): string {
  const position = event.beat === 1 ? `Bar ${event.bar}` : `Bar ${event.bar}, beat ${event.beat}`;
  const how =
    event.change === 'instant' || event.rampBeats === undefined
      ? 'instant'
      : `${event.change} over ${event.rampBeats === 1 ? '1 beat' : `${event.rampBeats} beats`}`;
  const meter = event.timeSignature === undefined ? '' : ` · ${event.timeSignature}`;
  return `${position} · ${event.bpm} bpm · ${how}${meter}`;
}
