import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TempoEventSchema, type TempoEvent } from './schema-tempo.ts';

type TempoEventInput = z.input<typeof TempoEventSchema>;
import { sectionTimings } from './tempo-timeline.ts';

const SONG = '6f1c7a52-3d4b-4e8f-9a0b-1c2d3e4f5a6b';
let nextId = 0;
const event = (fields: Partial<TempoEventInput> & Pick<TempoEventInput, 'bar' | 'bpm'>): TempoEvent =>
  TempoEventSchema.parse({ id: `44444444-4444-4444-8444-${String(nextId++).padStart(12, '0')}`, songId: SONG, ...fields });
const song = (bpm: number | undefined, tempoMap: TempoEvent[] = [], timeSignature = '4/4') => ({ bpm, timeSignature, tempoMap });
const times = (timings: ReturnType<typeof sectionTimings>) => timings.map((t) => [t.startBar, t.startSeconds, t.endSeconds]);

describe('section timings derived from bars and tempo', () => {
  it('DOC17: constant tempo: seconds = beats × 60 / bpm, sections back to back', () => {
    expect(times(sectionTimings(song(120), [{ bars: 8 }, { bars: 4 }]))).toEqual([
      [1, 0, 16],
      [9, 16, 24],
    ]);
  });

  it('DOC17: without a song bpm the default is 120', () => {
    expect(times(sectionTimings(song(undefined), [{ bars: 2 }]))).toEqual([[1, 0, 4]]);
  });

  it('DOC17: a section bpm holds for that section only', () => {
    expect(times(sectionTimings(song(120), [{ bars: 2 }, { bars: 2, bpm: 60 }, { bars: 2 }]))).toEqual([
      [1, 0, 4],
      [3, 4, 12],
      [5, 12, 16],
    ]);
  });

  it('DOC17: bpm counts beats of the meter; a section meter overrides the song meter', () => {
    expect(times(sectionTimings(song(120, [], '6/8'), [{ bars: 2 }, { bars: 2, timeSignature: '3/4' }]))).toEqual([
      [1, 0, 6],
      [3, 6, 9],
    ]);
  });

  it('DOC17: an instant tempo change and a meter change in the tempo map', () => {
    const map = [event({ bar: 3, bpm: 60 }), event({ bar: 5, bpm: 60, timeSignature: '3/4' })];
    expect(times(sectionTimings(song(120, map), [{ bars: 2 }, { bars: 2 }, { bars: 2 }]))).toEqual([
      [1, 0, 4],
      [3, 4, 12],
      [5, 12, 18],
    ]);
  });

  it('DOC17: an event in the middle of a bar takes effect at its beat', () => {
    const map = [event({ bar: 1, beat: 3, bpm: 60 })];
    expect(times(sectionTimings(song(120, map), [{ bars: 1 }]))).toEqual([[1, 0, 3]]);
  });

  it('DOC17: a linear ramp is integrated exactly', () => {
    // 120 → 60 bpm over 4 beats: ∫ 60/bpm = 60·4/(60−120)·ln(60/120) ≈ 2.773 s; then 4 beats at 60.
    const map = [event({ bar: 1, bpm: 60, change: 'ramp', rampBeats: 4 })];
    expect(times(sectionTimings(song(120, map), [{ bars: 1 }, { bars: 1 }]))).toEqual([
      [1, 0, 2.773],
      [2, 2.773, 6.773],
    ]);
  });

  it('DOC17: a step change moves one equal step per beat', () => {
    // 100 → 200 over 2 beats: beat 1 at 150, beat 2 at 200 (0.4 s + 0.3 s), then 200 bpm.
    const map = [event({ bar: 1, bpm: 200, change: 'step', rampBeats: 2 })];
    expect(times(sectionTimings(song(100, map), [{ bars: 1 }]))).toEqual([[1, 0, 1.3]]); // 0.4 + 0.3 + 2 × 0.3
  });

  it('DOC17: a ramp cut short by the next event stops at the tempo it reached', () => {
    // 60 → 180 over 8 beats, interrupted after 4 beats (at 120 bpm) by an instant change to 60.
    const map = [event({ bar: 1, bpm: 180, change: 'ramp', rampBeats: 8 }), event({ bar: 2, bpm: 60 })];
    const rampSeconds = ((60 * 4) / 60) * Math.log(120 / 60);
    expect(times(sectionTimings(song(60, map), [{ bars: 1 }, { bars: 1 }]))).toEqual([
      [1, 0, Math.round(rampSeconds * 1000) / 1000],
      [2, Math.round(rampSeconds * 1000) / 1000, Math.round((rampSeconds + 4) * 1000) / 1000],
    ]);
  });

  it('DOC17: events after the last bar are ignored', () => {
    expect(times(sectionTimings(song(120, [event({ bar: 50, bpm: 30 })]), [{ bars: 2 }]))).toEqual([[1, 0, 4]]);
  });
});
