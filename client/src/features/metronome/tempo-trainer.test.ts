import { describe, expect, it } from 'vitest';
import { clicksBetween } from './clicks-between.ts';
import { createLoopClock } from './loop-clock.ts';
import type { LoopPlan, TempoTrainer } from './loop-plan.ts';
import { trainerPercentAt, trainerSettledLoop } from './tempo-trainer.ts';
import { createTimeline, passStartTime } from './timeline.ts';

const trainer: TempoTrainer = { startPercent: 60, stepPercent: 5, everyLoops: 4, targetPercent: 100 };

describe('tempo trainer', () => {
  it('MET6: 60 % plus 5 % every 4 loops, capped at 100 %', () => {
    const percents = Array.from({ length: 40 }, (_, loop) => trainerPercentAt(trainer, loop));
    expect(percents.slice(0, 9)).toEqual([60, 60, 60, 60, 65, 65, 65, 65, 70]);
    expect(percents[31]).toBe(95);
    expect(percents[32]).toBe(100);
    expect(Math.max(...percents)).toBe(100);
    expect(trainerPercentAt(trainer, 1_000_000)).toBe(100);
    expect(trainerSettledLoop(trainer)).toBe(32);
  });

  it('MET6: a step that overshoots stops at the target; a slowing trainer stops at its lower target', () => {
    const overshoot = { startPercent: 60, stepPercent: 7, everyLoops: 1, targetPercent: 100 };
    expect([5, 6, 7, 50].map((loop) => trainerPercentAt(overshoot, loop))).toEqual([95, 100, 100, 100]);
    expect(trainerSettledLoop(overshoot)).toBe(6);
    const slowing = { startPercent: 120, stepPercent: 10, everyLoops: 2, targetPercent: 90 };
    expect([0, 2, 4, 6, 8, 100].map((loop) => trainerPercentAt(slowing, loop))).toEqual([120, 110, 100, 90, 90, 90]);
    expect(trainerSettledLoop({ ...trainer, stepPercent: 0 })).toBe(0);
    expect(trainerSettledLoop({ startPercent: 10, stepPercent: 10, everyLoops: 1, targetPercent: 30 })).toBe(2);
    expect(trainerSettledLoop({ startPercent: 0.1, stepPercent: 0.1, everyLoops: 1, targetPercent: 0.3 })).toBe(2);
  });

  it('MET6: loop starts follow 1 / percent and loopAt inverts them', () => {
    const clock = createLoopClock(8, trainer);
    let naive = 0;
    for (let loop = 0; loop < 60; loop += 1) {
      expect(clock.startOf(loop)).toBeCloseTo(naive, 9);
      expect(clock.loopAt(clock.startOf(loop))).toBe(loop);
      expect(clock.loopAt(clock.startOf(loop) + 0.001)).toBe(loop);
      naive += (8 * 100) / trainerPercentAt(trainer, loop);
    }
    expect(clock.loopAt(-5)).toBe(0);
  });

  it('MET6: every click of a loop carries that loop’s tempo and the pass lasts accordingly', () => {
    const plan: LoopPlan = { sections: [{ bars: 2, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 100 }], loop: true, trainer };
    const timeline = createTimeline(plan);
    const clicks = clicksBetween(timeline, 0, passStartTime(timeline, 40));
    for (const loop of [0, 3, 4, 17, 31, 32, 39]) {
      const percent = trainerPercentAt(trainer, loop);
      const inLoop = clicks.filter((click) => click.loopIndex === loop);
      expect(inLoop).toHaveLength(8);
      expect(new Set(inLoop.map((click) => click.bpm))).toEqual(new Set([percent]));
      expect(passStartTime(timeline, loop + 1) - passStartTime(timeline, loop)).toBeCloseTo((8 * 60) / percent, 9);
    }
  });

  it('MET6 MET1: the count-in runs at the first loop’s tempo', () => {
    const plan: LoopPlan = {
      sections: [{ bars: 1, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 150 }],
      countIn: { bars: 1 },
      loop: true,
      trainer,
    };
    const countIn = clicksBetween(createTimeline(plan), 0, 3.5).filter((click) => click.kind === 'count-in');
    expect(countIn).toHaveLength(4);
    countIn.forEach((click, index) => expect(click.time).toBeCloseTo((index * 60) / 90, 12));
    expect(countIn.every((click) => click.bpm === 90)).toBe(true);
  });
});
