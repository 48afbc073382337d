import { describe, expect, it } from 'vitest';
import { MetronomeSettingsSchema } from '../../lib/library-api.ts';
import { clicksBetween } from '../metronome/clicks-between.ts';
import { latencyFromTaps } from '../metronome/latency-calibration.ts';
import { createTimeline } from '../metronome/timeline.ts';
import { accentLevelName, accentsOf, calibrationTapMs, meterPatch, standalonePlan } from './metronome-model.ts';

const defaults = MetronomeSettingsSchema.parse({});

describe('metronome page model', () => {
  it('MTR1: a meter change brings the meter default accents; stale accents never play', () => {
    expect(meterPatch(3, 4)).toEqual({ beatsPerMeasure: 3, beatUnit: 4, accentPattern: [1, 0.5, 0.5] });
    expect(meterPatch(7, 8).accentPattern).toHaveLength(7);
    expect(accentsOf({ ...defaults, beatsPerMeasure: 3, accentPattern: [1, 0.5, 0.5, 0.5] })).toEqual([1, 0.5, 0.5]);
    expect(accentLevelName(0.7)).toBe('medium');
    expect(accentLevelName(0.29)).toBe('ghost');
    expect(accentLevelName(0)).toBe('silent');
  });

  it('MTR2: the standalone plan loops one bar at the settings tempo with subdivisions and accents', () => {
    const settings = { ...defaults, bpm: 150, subdivision: 'eighth' as const, accentPattern: [1, 0.3, 0.7, 0.3] };
    const timeline = createTimeline(standalonePlan(settings));
    const clicks = clicksBetween(timeline, 0, 60 / 150 * 8);
    expect(clicks).toHaveLength(16);
    expect(clicks.filter((click) => click.kind !== 'sub').map((click) => click.gain)).toEqual([1, 0.3, 0.7, 0.3, 1, 0.3, 0.7, 0.3]);
    expect(clicks[1]?.time).toBeCloseTo(0.2);
  });

  it('MTR3: taps 30 ms late at 80 bpm calibrate to +30 ms, whatever offset was set before', () => {
    const period = 60 / 80;
    for (const previousOffsetMs of [-50, 0, 120]) {
      // The playhead runs the current offset behind the audio clock; the user taps 30 ms after click k.
      const taps = Array.from({ length: 8 }, (_, k) => calibrationTapMs((k + 1) * period + 0.03 - previousOffsetMs / 1000, previousOffsetMs));
      expect(latencyFromTaps(taps, 0)).toBe(30);
    }
  });
});
