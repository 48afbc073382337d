import { describe, expect, it } from 'vitest';
import type { TempoChange } from './loop-plan.ts';
import { compileSectionTempo, sectionBeatAt, sectionBpmAt, sectionSecondsAt } from './section-tempo-map.ts';

const change = (bar: number, beat: number, bpm: number, kind: TempoChange['change'], extra: Partial<TempoChange> = {}): TempoChange => ({
  bar,
  beat,
  bpm,
  change: kind,
  ...extra,
});

describe('section tempo map', () => {
  it('MET4: without changes a section is one constant segment', () => {
    const segments = compileSectionTempo(120, [], 4, 32);
    expect(segments).toHaveLength(1);
    expect(sectionSecondsAt(segments, 32)).toBe(16);
  });

  it('MET4: an instant change jumps at its bar and beat', () => {
    const segments = compileSectionTempo(120, [change(3, 1, 60, 'instant')], 4, 16);
    expect(sectionSecondsAt(segments, 8)).toBe(4); // two bars at 120
    expect(sectionSecondsAt(segments, 9)).toBe(5); // one beat at 60
    expect(sectionBpmAt(segments, 7.99)).toBe(120);
    expect(sectionBpmAt(segments, 8)).toBe(60);
  });

  it('MET4: a ramp without a length runs to the section end and reaches its target there', () => {
    const segments = compileSectionTempo(100, [change(1, 1, 140, 'ramp')], 4, 16);
    const k = 40 / 16;
    for (const beat of [0, 1, 5, 12, 16]) {
      expect(sectionSecondsAt(segments, beat)).toBeCloseTo((60 / k) * Math.log((100 + k * beat) / 100), 12);
    }
    expect(sectionBpmAt(segments, 16)).toBe(140);
  });

  it('MET4: a ramp with overBeats then holds its target', () => {
    const segments = compileSectionTempo(100, [change(2, 1, 120, 'ramp', { overBeats: 4 })], 4, 16);
    expect(sectionBpmAt(segments, 2)).toBe(100);
    expect(sectionBpmAt(segments, 6)).toBe(110);
    expect(sectionBpmAt(segments, 8)).toBe(120);
    const rampSeconds = (60 / 5) * Math.log(120 / 100);
    expect(sectionSecondsAt(segments, 16)).toBeCloseTo(4 * 0.6 + rampSeconds + 8 * 0.5, 12);
  });

  it('MET4: a later change cuts a running ramp short at the tempo it had reached', () => {
    const segments = compileSectionTempo(
      100,
      [change(1, 1, 200, 'ramp', { overBeats: 16 }), change(3, 1, 90, 'instant')],
      4,
      16,
    );
    expect(sectionBpmAt(segments, 7.999999)).toBeCloseTo(150, 4);
    expect(sectionBpmAt(segments, 8)).toBe(90);
    expect(sectionSecondsAt(segments, 16) - sectionSecondsAt(segments, 8)).toBeCloseTo((8 * 60) / 90, 12);
  });

  it('MET4: a step moves in equal one-beat steps, the first already on, the last at the target', () => {
    const segments = compileSectionTempo(100, [change(2, 1, 140, 'step', { overBeats: 4 })], 4, 12);
    expect([0, 3, 4, 5, 6, 7, 8, 11].map((beat) => sectionBpmAt(segments, beat + 0.5))).toEqual([100, 100, 110, 120, 130, 140, 140, 140]);
    expect(sectionSecondsAt(segments, 8) - sectionSecondsAt(segments, 4)).toBeCloseTo(60 / 110 + 0.5 + 60 / 130 + 60 / 140, 12);
  });

  it('MET4: a step without a length runs to the section end; one cut short holds the step it reached', () => {
    const toEnd = compileSectionTempo(100, [change(1, 1, 120, 'step')], 4, 8);
    expect(sectionBpmAt(toEnd, 0)).toBe(102.5);
    expect(sectionBpmAt(toEnd, 7.5)).toBe(120);
    const cut = compileSectionTempo(100, [change(1, 1, 180, 'step', { overBeats: 8 }), change(1, 4, 150, 'ramp')], 4, 8);
    expect(sectionBpmAt(cut, 2.5)).toBe(130);
    expect(sectionBpmAt(cut, 3)).toBe(130); // the ramp starts from the step it cut
    expect(sectionBpmAt(cut, 8)).toBe(150);
  });

  it('MET4: changes are applied in position order whatever order they are listed in', () => {
    const listed = [change(3, 1, 60, 'instant'), change(2, 1, 90, 'instant')];
    const segments = compileSectionTempo(120, listed, 4, 12);
    expect([0, 4, 8].map((beat) => sectionBpmAt(segments, beat))).toEqual([120, 90, 60]);
  });

  it('MET4: a change on a fractional beat and the inverse through several segments', () => {
    const segments = compileSectionTempo(
      100,
      [change(1, 2.5, 150, 'ramp', { overBeats: 3, curve: 'exponential' }), change(2, 3, 80, 'instant')],
      4,
      8,
    );
    expect(sectionBpmAt(segments, 1.5)).toBe(100);
    expect(sectionBpmAt(segments, 4.5)).toBe(150);
    for (const beat of [0, 1.5, 2, 3.3, 4.5, 5.9, 6, 7.5]) {
      expect(sectionBeatAt(segments, sectionSecondsAt(segments, beat))).toBeCloseTo(beat, 9);
    }
  });
});
