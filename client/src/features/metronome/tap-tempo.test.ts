import { describe, expect, it } from 'vitest';
import { EMPTY_TAP_TEMPO, recordTap, tapTempoBpm, type TapTempoState } from './tap-tempo.ts';

const tapAll = (times: readonly number[]): TapTempoState => times.reduce(recordTap, EMPTY_TAP_TEMPO);

describe('tap tempo', () => {
  it('MET11: no tempo before the second tap; two taps 500 ms apart are 120 bpm', () => {
    expect(tapTempoBpm(EMPTY_TAP_TEMPO)).toBeNull();
    expect(tapTempoBpm(tapAll([1000]))).toBeNull();
    expect(tapTempoBpm(tapAll([1000, 1500]))).toBe(120);
  });

  it('MET11: the mean interval of uneven taps', () => {
    expect(tapTempoBpm(tapAll([0, 480, 1000, 1500]))).toBe(120);
    expect(tapTempoBpm(tapAll([0, 600, 1300]))).toBeCloseTo(60_000 / 650, 10);
  });

  it('MET11: only the last 8 taps count', () => {
    const slowThenFast = [0, 1000, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500];
    const state = tapAll(slowThenFast);
    expect(state.taps).toEqual(slowThenFast.slice(-8));
    expect(tapTempoBpm(state)).toBe(120);
  });

  it('MET11: a gap over 2 s starts a new series; exactly 2 s does not', () => {
    expect(tapAll([0, 500, 1000, 3001]).taps).toEqual([3001]);
    expect(tapAll([0, 500, 2500]).taps).toEqual([0, 500, 2500]);
    expect(tapTempoBpm(tapAll([0, 500, 1000, 3500, 4250]))).toBe(80);
  });

  it('MET11: a timestamp that goes backwards or repeats starts over instead of dividing by zero', () => {
    expect(tapAll([1000, 1000]).taps).toEqual([1000]);
    expect(tapAll([1000, 900]).taps).toEqual([900]);
  });
});
