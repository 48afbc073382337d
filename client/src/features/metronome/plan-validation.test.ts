import { describe, expect, it } from 'vitest';
import type { LoopPlan, PlanSection } from './loop-plan.ts';
import { fitAccents, metronomePlan, sectionRamp, SUBDIVISION_BY_NAME } from './plan-builders.ts';
import { clicksBetween } from './clicks-between.ts';
import { createTimeline } from './timeline.ts';

const section: PlanSection = { bars: 2, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 120 };
const planWith = (changes: Partial<PlanSection>, extra: Partial<LoopPlan> = {}): LoopPlan => ({
  sections: [{ ...section, ...changes }],
  loop: false,
  ...extra,
});

describe('plan validation and builders', () => {
  it.each([
    ['no sections', { sections: [], loop: false }],
    ['zero bars', planWith({ bars: 0 })],
    ['fractional bars', planWith({ bars: 1.5 })],
    ['zero bpm', planWith({ bpm: 0 })],
    ['beat unit 3', planWith({ meter: { beatsPerBar: 4, beatUnit: 3 } })],
    ['accents of the wrong length', planWith({ accents: [1, 0.5, 0.5] })],
    ['an accent above 1', planWith({ accents: [1.5, 0.5, 0.5, 0.5] })],
    ['a change after the end', planWith({ tempoChanges: [{ bar: 3, beat: 1, bpm: 90, change: 'instant' }] })],
    ['a change on beat 5 of 4', planWith({ tempoChanges: [{ bar: 1, beat: 5, bpm: 90, change: 'instant' }] })],
    ['a negative count-in', planWith({}, { countIn: { bars: -1 } })],
    ['a trainer stepping every 0 loops', planWith({}, { trainer: { startPercent: 60, stepPercent: 5, everyLoops: 0, targetPercent: 100 } })],
  ] as const)('MET15: rejects %s with a RangeError', (_name, plan) => {
    expect(() => createTimeline(plan)).toThrow(RangeError);
  });

  it('MET2: the standalone metronome loops one bar with the meter’s default accents', () => {
    const timeline = createTimeline(metronomePlan({ bpm: 90, meter: { beatsPerBar: 3, beatUnit: 4 } }));
    const clicks = clicksBetween(timeline, 0, 6);
    expect(clicks.map((click) => [click.loopIndex, click.bar, click.beat, click.gain])).toEqual([
      [0, 1, 1, 1],
      [0, 1, 2, 0.5],
      [0, 1, 3, 0.5],
      [1, 1, 1, 1],
      [1, 1, 2, 0.5],
      [1, 1, 3, 0.5],
      [2, 1, 1, 1],
      [2, 1, 2, 0.5],
      [2, 1, 3, 0.5],
    ]);
  });

  it('MET13: stored accents are kept when they fit the meter and replaced by its default when not', () => {
    const waltz = { beatsPerBar: 3, beatUnit: 4 };
    expect(fitAccents([0.3, 1, 0], waltz)).toEqual([0.3, 1, 0]);
    expect(fitAccents([1, 0.5, 0.7, 0.5], waltz)).toEqual([1, 0.5, 0.5]);
    expect(fitAccents(undefined, waltz)).toEqual([1, 0.5, 0.5]);
    const plan = metronomePlan({ bpm: 100, meter: waltz, accents: [1, 0.5, 0.7, 0.5], subdivision: SUBDIVISION_BY_NAME.triplet });
    expect(plan.sections[0]).toMatchObject({ accents: [1, 0.5, 0.5], subdivision: 3 });
  });

  it('MET4: section ramps run start → end over the whole section for each curve', () => {
    const bpmsPerBar = (curve: 'linear' | 'exponential' | 'step') => {
      const timeline = createTimeline(planWith({ bars: 4, ...sectionRamp(80, 160, curve, 4) }));
      return clicksBetween(timeline, 0, 100)
        .filter((click) => click.beat === 1)
        .map((click) => Math.round(click.bpm * 1000) / 1000);
    };
    expect(bpmsPerBar('linear')).toEqual([80, 100, 120, 140]);
    expect(bpmsPerBar('exponential')).toEqual([80, 95.137, 113.137, 134.543]);
    expect(bpmsPerBar('step')).toEqual([80, 106.667, 133.333, 160]);
    expect(sectionRamp(80, 160, 'step', 1)).toEqual({ bpm: 80, tempoChanges: [] });
  });
});
