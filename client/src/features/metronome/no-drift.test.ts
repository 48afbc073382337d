import { describe, expect, it } from 'vitest';
import { clicksBetween } from './clicks-between.ts';
import type { LoopPlan } from './loop-plan.ts';
import { positionAt } from './position-at.ts';
import { trainerPercentAt } from './tempo-trainer.ts';
import { createTimeline } from './timeline.ts';

// Adding 60/97 s up 160 000 times drifts by about 2e-7 s; closed forms stay within a few 1e-11 s.
const TOLERANCE = 1e-9;

describe('no drift', () => {
  it('MET7: after 10,000 loops the downbeat is exactly countIn + 10,000 × pass', () => {
    const plan: LoopPlan = {
      sections: [{ bars: 4, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 97, subdivision: 3 }],
      countIn: { bars: 1 },
      loop: true,
    };
    const timeline = createTimeline(plan);
    const beat = 60 / 97;
    const start = 4 * beat + 10_000 * 16 * beat;
    const clicks = clicksBetween(timeline, start - 0.001, start + 2 * beat + 0.001);
    expect(clicks[0]).toMatchObject({ loopIndex: 10_000, bar: 1, beat: 1, subdivision: 0 });
    expect(Math.abs((clicks[0]?.time ?? 0) - start)).toBeLessThan(TOLERANCE);
    expect(clicks).toHaveLength(7);
    clicks.forEach((click, index) => expect(Math.abs(click.time - (start + (index * beat) / 3))).toBeLessThan(TOLERANCE));
    expect(positionAt(timeline, start)).toMatchObject({ loopIndex: 10_000, bar: 1, beat: 1 });
  });

  it('MET7: with ramps and a trainer, loop 10,000 starts where the analytic sum says', () => {
    const trainer = { startPercent: 60, stepPercent: 5, everyLoops: 4, targetPercent: 100 };
    const plan: LoopPlan = {
      sections: [
        { bars: 2, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 100, tempoChanges: [{ bar: 1, beat: 1, bpm: 140, change: 'ramp' }] },
        { bars: 1, meter: { beatsPerBar: 7, beatUnit: 8 }, bpm: 187 },
      ],
      loop: true,
      trainer,
    };
    // One pass at 100 %: a linear ramp 100 → 140 over 8 beats, then 7 beats at 187.
    const pass = (60 / 5) * Math.log(140 / 100) + (7 * 60) / 187;
    // Loops 0–31 step through 60 … 95 % four at a time; from loop 32 on everything runs at 100 %.
    let warmUp = 0;
    for (let step = 0; step < 8; step += 1) warmUp += (4 * pass * 100) / trainerPercentAt(trainer, step * 4);
    const expected = warmUp + (10_000 - 32) * pass;
    const timeline = createTimeline(plan);
    const [downbeat] = clicksBetween(timeline, expected - 0.01, expected + 0.01);
    expect(downbeat).toMatchObject({ loopIndex: 10_000, sectionIndex: 0, bar: 1, beat: 1, bpm: 100 });
    expect(Math.abs((downbeat?.time ?? 0) - expected)).toBeLessThan(TOLERANCE);
  });

  it('MET7: clicks far into a session are as evenly spaced as the first ones', () => {
    const timeline = createTimeline({ sections: [{ bars: 1, meter: { beatsPerBar: 5, beatUnit: 4 }, bpm: 133 }], loop: true });
    const early = clicksBetween(timeline, 0, 10).map((click) => click.time);
    const late = clicksBetween(timeline, 1e5, 1e5 + 10).map((click) => click.time);
    const gaps = (times: number[]) => times.slice(1).map((time, index) => time - (times[index] ?? 0));
    for (const gap of [...gaps(early), ...gaps(late)]) expect(Math.abs(gap - 60 / 133)).toBeLessThan(TOLERANCE);
  });
});
