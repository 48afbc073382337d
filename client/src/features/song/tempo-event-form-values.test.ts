import { describe, expect, it } from 'vitest';
import type { TempoEvent } from '../../lib/library-api.ts';
import { describeTempoEvent, parseTempoForm, tempoFormValues } from './tempo-event-form-values.ts';

const SONG = '0b0c9a52-6f1e-4f55-9d39-3c8f5d7f6a11';
const values = (fields: Partial<ReturnType<typeof tempoFormValues>>) => ({ ...tempoFormValues(undefined, { bar: 1, bpm: 120 }), ...fields });

describe('tempo event form', () => {
  it('EDIT6: an instant change needs no length; a ramp or step does', () => {
    expect(parseTempoForm(values({ bar: '9', bpm: '140' }), SONG)).toEqual({
      ok: true,
      fields: { bar: 9, beat: 1, bpm: 140, change: 'instant', rampBeats: null, timeSignature: null },
    });
    expect(parseTempoForm(values({ change: 'ramp', rampBeats: '' }), SONG)).toEqual({
      ok: false,
      errors: { rampBeats: expect.stringContaining('length') },
    });
    expect(parseTempoForm(values({ change: 'step', rampBeats: '8', timeSignature: ' 3 / 4 ' }), SONG)).toMatchObject({
      ok: true,
      fields: { change: 'step', rampBeats: 8, timeSignature: '3/4' },
    });
    // A length typed for an instant change is not stored.
    expect(parseTempoForm(values({ change: 'instant', rampBeats: '8' }), SONG)).toMatchObject({ ok: true, fields: { rampBeats: null } });
  });

  it('EDIT6: every refused field gets its own message', () => {
    const result = parseTempoForm(values({ bar: '0', beat: '33', bpm: '10', timeSignature: '4/5' }), SONG);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['bar', 'beat', 'bpm', 'timeSignature']);
  });

  it('EDIT6: events are described by position, tempo and change', () => {
    const event = (fields: Partial<TempoEvent>) => ({ id: 'e', songId: SONG, bar: 9, beat: 1, bpm: 140, change: 'instant', ...fields }) as TempoEvent;
    expect(describeTempoEvent(event({}))).toBe('Bar 9 · 140 bpm · instant');
    expect(describeTempoEvent(event({ beat: 3, change: 'ramp', rampBeats: 8, timeSignature: '3/4' }))).toBe(
      'Bar 9, beat 3 · 140 bpm · ramp over 8 beats · 3/4',
    );
    expect(describeTempoEvent(event({ change: 'step', rampBeats: 1 }))).toBe('Bar 9 · 140 bpm · step over 1 beat');
    expect(tempoFormValues(event({ change: 'ramp', rampBeats: 4 }), { bar: 1, bpm: 120 })).toMatchObject({ change: 'ramp', rampBeats: '4' });
  });
});
