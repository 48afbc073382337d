import { describe, expect, it } from 'vitest';
import { clampLatencyOffset, latencyFromTaps, tapOffsetMs, trimmedMean } from './latency-calibration.ts';

const PERIOD = 750; // 80 bpm
const tapsWith = (offsets: readonly number[], firstClick = 1000) => offsets.map((offset, beat) => firstClick + beat * PERIOD + offset);

describe('latency calibration', () => {
  it('MET12: a tap’s offset is measured to the nearest click, late positive, early negative', () => {
    expect(tapOffsetMs(1000 + 3 * PERIOD + 40, 1000)).toBe(40);
    expect(tapOffsetMs(1000 + 3 * PERIOD - 60, 1000)).toBe(-60);
    expect(tapOffsetMs(1000 + 2 * PERIOD + 400, 1000)).toBe(400 - PERIOD);
    expect(tapOffsetMs(900, 1000)).toBe(-100); // before the first click: no click −1 to snap to
  });

  it('MET12: trimmed mean of 8 drops the two lowest and two highest', () => {
    expect(trimmedMean([1, 2, 3, 4, 5, 6, 7, 1000], 2)).toBe(4.5);
    expect(() => trimmedMean([1, 2, 3, 4], 2)).toThrow(RangeError);
  });

  it('MET12: steady taps give their offset; two wild taps do not move it', () => {
    expect(latencyFromTaps(tapsWith([50, 50, 50, 50, 50, 50, 50, 50]), 1000)).toBe(50);
    expect(latencyFromTaps(tapsWith([48, 52, 50, 300, 49, 51, -300, 50]), 1000)).toBe(50);
  });

  it('MET12: fewer than 8 taps give no result; more use the last 8', () => {
    expect(latencyFromTaps(tapsWith([30, 30, 30, 30, 30, 30, 30]), 1000)).toBeNull();
    expect(latencyFromTaps(tapsWith([-90, -90, -90, 20, 20, 20, 20, 20, 20, 20, 20]), 1000)).toBe(20);
  });

  it('MET12: the result is clamped to −200…200 ms', () => {
    expect(latencyFromTaps(tapsWith(Array<number>(8).fill(260)), 1000)).toBe(200);
    expect(latencyFromTaps(tapsWith(Array<number>(8).fill(-250)), 1000)).toBe(-200);
    expect(clampLatencyOffset(Number.NaN)).toBe(0);
    expect(clampLatencyOffset(-17)).toBe(-17);
  });
});
