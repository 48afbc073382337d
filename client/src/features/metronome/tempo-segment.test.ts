import { describe, expect, it } from 'vitest';
import { segmentBeatAt, segmentBpmAt, segmentSecondsAt, type TempoSegment } from './tempo-segment.ts';

const segment = (curve: TempoSegment['curve'], fromBpm: number, toBpm: number, beats: number): TempoSegment => ({
  startBeat: 0,
  beats,
  startTime: 0,
  fromBpm,
  toBpm,
  curve,
});

/** Composite Simpson integration of 60 / bpm(x), independent of the closed forms under test. */
function integrate(bpmAt: (x: number) => number, upTo: number, steps = 20_000): number {
  const h = upTo / steps;
  let sum = 60 / bpmAt(0) + 60 / bpmAt(upTo);
  for (let i = 1; i < steps; i += 1) sum += (i % 2 === 1 ? 4 : 2) * (60 / bpmAt(i * h));
  return (sum * h) / 3;
}

describe('tempo segment', () => {
  it('MET4: a constant segment is 60 / bpm per beat', () => {
    expect(segmentSecondsAt(segment('constant', 120, 120, 8), 3)).toBe(1.5);
    expect(segmentBeatAt(segment('constant', 120, 120, 8), 1.5)).toBe(3);
  });

  it('MET4: a linear ramp integrates 60 / bpm (not n · 60 / bpm)', () => {
    const ramp = segment('linear', 60, 180, 16);
    const bpmAt = (x: number) => 60 + (120 * x) / 16;
    for (const x of [1, 4, 7.5, 16]) {
      // Analytic: (60 / k) · ln(bpm(x) / bpm(0)), k = 120 / 16.
      expect(segmentSecondsAt(ramp, x)).toBeCloseTo((60 / (120 / 16)) * Math.log(bpmAt(x) / 60), 12);
      expect(segmentSecondsAt(ramp, x)).toBeCloseTo(integrate(bpmAt, x), 9);
    }
    expect(segmentSecondsAt(ramp, 16)).not.toBeCloseTo((16 * 60) / 120, 2);
    expect(segmentBpmAt(ramp, 8)).toBe(120);
  });

  it('MET4: an exponential ramp integrates its curve and passes the geometric mean halfway', () => {
    const ramp = segment('exponential', 80, 160, 12);
    const bpmAt = (x: number) => 80 * Math.pow(2, x / 12);
    expect(segmentBpmAt(ramp, 6)).toBeCloseTo(Math.sqrt(80 * 160), 10);
    for (const x of [2, 6, 12]) expect(segmentSecondsAt(ramp, x)).toBeCloseTo(integrate(bpmAt, x), 9);
  });

  it('MET4: beat-at-time inverts seconds-at-beat for every curve, speeding up and slowing down', () => {
    const cases = [
      segment('constant', 97, 97, 10),
      segment('linear', 70, 140, 10),
      segment('linear', 140, 70, 10),
      segment('linear', 100, 100.000001, 10),
      segment('exponential', 70, 140, 10),
      segment('exponential', 140, 70, 10),
    ];
    for (const ramp of cases) {
      for (const x of [0, 0.25, 3, 9.5, 10]) expect(segmentBeatAt(ramp, segmentSecondsAt(ramp, x))).toBeCloseTo(x, 9);
    }
  });

  it('MET4: beat-at-time stays inside the segment', () => {
    const ramp = segment('exponential', 70, 140, 10);
    expect(segmentBeatAt(ramp, 1e6)).toBe(10);
    expect(segmentBeatAt(ramp, -1)).toBe(0);
  });
});
