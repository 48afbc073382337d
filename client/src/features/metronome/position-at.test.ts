import { describe, expect, it } from 'vitest';
import { clicksBetween } from './clicks-between.ts';
import type { LoopPlan } from './loop-plan.ts';
import { positionAt } from './position-at.ts';
import { createTimeline } from './timeline.ts';

const busyPlan: LoopPlan = {
  sections: [
    { bars: 2, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 90, subdivision: 2, tempoChanges: [{ bar: 1, beat: 2, bpm: 140, change: 'ramp' }] },
    { bars: 1, meter: { beatsPerBar: 6, beatUnit: 8 }, bpm: 200, subdivision: 3 },
    { bars: 3, meter: { beatsPerBar: 5, beatUnit: 4 }, bpm: 110, tempoChanges: [{ bar: 2, beat: 1, bpm: 70, change: 'step', overBeats: 10 }] },
  ],
  countIn: { bars: 1, beats: 2 },
  loop: true,
  trainer: { startPercent: 60, stepPercent: 10, everyLoops: 2, targetPercent: 100 },
};

describe('positionAt', () => {
  it('MET9: at every click’s own time it reports that click (count-in, ramps, steps, trainer, loops)', () => {
    const timeline = createTimeline(busyPlan);
    const clicks = clicksBetween(timeline, 0, 250);
    expect(new Set(clicks.map((click) => click.loopIndex)).size).toBeGreaterThan(8);
    for (const click of clicks) {
      const position = positionAt(timeline, click.time);
      const label = `${click.kind} loop ${click.loopIndex} section ${click.sectionIndex} ${click.bar}.${click.beat}.${click.subdivision}`;
      expect({ ...position, bpm: 0, beatFraction: 0, sectionBeat: 0, countInLeft: 0, tempoPercent: 0 }, label).toEqual({
        phase: click.kind === 'count-in' ? 'count-in' : 'playing',
        loopIndex: click.loopIndex,
        sectionIndex: click.sectionIndex,
        bar: click.bar,
        beat: click.beat,
        bpm: 0,
        beatFraction: 0,
        sectionBeat: 0,
        countInLeft: 0,
        tempoPercent: 0,
      });
      expect(position.bpm, label).toBeCloseTo(click.bpm, 6);
      const subdivisions = click.kind === 'count-in' ? 1 : (busyPlan.sections[click.sectionIndex]?.subdivision ?? 1);
      expect(position.beatFraction, label).toBeCloseTo(click.subdivision / subdivisions, 6);
    }
  });

  it('MET9: between clicks it reports the beat in force and how far into it', () => {
    const timeline = createTimeline({ sections: [{ bars: 4, meter: { beatsPerBar: 3, beatUnit: 4 }, bpm: 60 }], loop: true });
    const position = positionAt(timeline, 13.25); // loop 1 (12 s per pass), bar 1, beat 2, a quarter in
    expect(position).toMatchObject({ phase: 'playing', loopIndex: 1, bar: 1, beat: 2, bpm: 60, tempoPercent: 100 });
    expect(position.beatFraction).toBeCloseTo(0.25, 12);
    expect(position.sectionBeat).toBeCloseTo(1.25, 12);
    expect(positionAt(timeline, 12 - 1e-9)).toMatchObject({ loopIndex: 0, bar: 4, beat: 3 });
  });

  it('MET9: the fraction follows a ramp, not a straight line in time', () => {
    const timeline = createTimeline({
      sections: [{ bars: 1, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 60, tempoChanges: [{ bar: 1, beat: 1, bpm: 180, change: 'ramp' }] }],
      loop: false,
    });
    // Beat position x at time t under b(x) = 60 + 30x: x = (60 / 30)(e^{30t/60} − 1).
    const t = 1.5;
    const expected = 2 * Math.expm1(t / 2);
    const position = positionAt(timeline, t);
    expect(position.sectionBeat).toBeCloseTo(expected, 12);
    expect(position.bpm).toBeCloseTo(60 + 30 * expected, 9);
  });

  it('MET1 MET9: phases before, during and after; count-in beats left', () => {
    const timeline = createTimeline({
      sections: [{ bars: 1, meter: { beatsPerBar: 4, beatUnit: 4 }, bpm: 120 }],
      countIn: { bars: 1 },
      loop: false,
    });
    expect(positionAt(timeline, -1)).toMatchObject({ phase: 'pending', bar: 0, beat: 1, countInLeft: 4 });
    expect(positionAt(timeline, 0.75)).toMatchObject({ phase: 'count-in', bar: 0, beat: 2, countInLeft: 3 });
    expect(positionAt(timeline, 0.75).sectionBeat).toBeCloseTo(-2.5, 12);
    expect(positionAt(timeline, 2)).toMatchObject({ phase: 'playing', bar: 1, beat: 1, countInLeft: 0 });
    expect(positionAt(timeline, 3.99)).toMatchObject({ phase: 'playing', beat: 4 });
    expect(positionAt(timeline, 4)).toMatchObject({ phase: 'ended', sectionIndex: 0, bar: 1, beat: 4 });
  });
});
