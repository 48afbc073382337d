import { describe, expect, it } from 'vitest';
import { clicksBetween, SUBDIVISION_GAIN, type Click } from './clicks-between.ts';
import type { LoopPlan, Meter, PlanSection } from './loop-plan.ts';
import { createTimeline } from './timeline.ts';

const meter = (beatsPerBar: number, beatUnit: number): Meter => ({ beatsPerBar, beatUnit });
const oneSection = (section: PlanSection, extra: Partial<LoopPlan> = {}): LoopPlan => ({ sections: [section], loop: false, ...extra });
const all = (plan: LoopPlan, to = 1_000) => clicksBetween(createTimeline(plan), 0, to);
const beatsOnly = (clicks: readonly Click[]) => clicks.filter((click) => click.subdivision === 0);

describe('clicksBetween: meters', () => {
  it('MET2: 4/4 at 120 bpm clicks every half second with the standard accents', () => {
    const clicks = all(oneSection({ bars: 2, meter: meter(4, 4), bpm: 120 }));
    expect(clicks.map((click) => click.time)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
    expect(clicks.map((click) => click.gain)).toEqual([1, 0.5, 0.7, 0.5, 1, 0.5, 0.7, 0.5]);
    expect(clicks.map((click) => click.kind)).toEqual(['accent', 'beat', 'beat', 'beat', 'accent', 'beat', 'beat', 'beat']);
    expect(clicks.map((click) => `${click.bar}.${click.beat}`)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4']);
    expect(clicks.every((click) => click.bpm === 120 && click.sectionIndex === 0 && click.loopIndex === 0)).toBe(true);
  });

  it('MET2: 3/4 waltz bars are three beats long', () => {
    const clicks = all(oneSection({ bars: 2, meter: meter(3, 4), bpm: 90 }));
    expect(clicks).toHaveLength(6);
    expect(clicks[3]).toMatchObject({ bar: 2, beat: 1, kind: 'accent' });
    expect(clicks[3]?.time).toBeCloseTo(2, 12);
    expect(clicks.map((click) => click.gain)).toEqual([1, 0.5, 0.5, 1, 0.5, 0.5]);
  });

  it('MET2: 6/8 counts eighths per minute and accents 1 and 4', () => {
    const clicks = all(oneSection({ bars: 1, meter: meter(6, 8), bpm: 180 }));
    expect(clicks).toHaveLength(6);
    clicks.forEach((click, index) => expect(click.time).toBeCloseTo(index / 3, 12));
    expect(clicks.map((click) => click.gain)).toEqual([1, 0.5, 0.5, 0.7, 0.5, 0.5]);
  });

  it('MET2: 5/4 and 7/8 follow their additive groupings', () => {
    const fiveFour = all(oneSection({ bars: 1, meter: meter(5, 4), bpm: 100, accents: [1, 0.5, 0.7, 0.5, 0.5] }));
    expect(fiveFour.map((click) => click.gain)).toEqual([1, 0.5, 0.7, 0.5, 0.5]);
    expect(fiveFour.at(-1)?.time).toBeCloseTo(2.4, 12);
    const sevenEight = all(oneSection({ bars: 2, meter: meter(7, 8), bpm: 210 }));
    expect(sevenEight).toHaveLength(14);
    expect(sevenEight.slice(0, 7).map((click) => click.gain)).toEqual([1, 0.5, 0.7, 0.5, 0.7, 0.5, 0.5]);
    expect(sevenEight[7]).toMatchObject({ bar: 2, beat: 1 });
    expect(sevenEight[7]?.time).toBeCloseTo(2, 12);
  });

  it('MET2: a silent beat is still an event, with gain 0', () => {
    const clicks = all(oneSection({ bars: 1, meter: meter(4, 4), bpm: 60, accents: [1, 0, 0.3, 0] }));
    expect(clicks.map((click) => click.gain)).toEqual([1, 0, 0.3, 0]);
    expect(clicks[1]?.kind).toBe('beat');
  });
});

describe('clicksBetween: subdivisions', () => {
  it.each([
    [2, 'eighths'],
    [3, 'triplets'],
    [4, 'sixteenths'],
  ] as const)('MET3: %i clicks per beat (%s) evenly spaced at the subdivision gain', (subdivision, _name) => {
    const clicks = all(oneSection({ bars: 1, meter: meter(4, 4), bpm: 120, subdivision }));
    expect(clicks).toHaveLength(4 * subdivision);
    clicks.forEach((click, index) => {
      expect(click.time).toBeCloseTo((index * 0.5) / subdivision, 12);
      expect(click.subdivision).toBe(index % subdivision);
      expect(click.beat).toBe(Math.floor(index / subdivision) + 1);
      if (click.subdivision > 0) expect(click).toMatchObject({ kind: 'sub', gain: SUBDIVISION_GAIN });
    });
    expect(beatsOnly(clicks).map((click) => click.gain)).toEqual([1, 0.5, 0.7, 0.5]);
  });

  it('MET3 MET4: subdivisions under a ramp sit at their musical position on the curve', () => {
    const clicks = all(
      oneSection({ bars: 2, meter: meter(4, 4), bpm: 80, subdivision: 3, tempoChanges: [{ bar: 1, beat: 1, bpm: 160, change: 'ramp' }] }),
    );
    const k = 80 / 8;
    expect(clicks).toHaveLength(24);
    clicks.forEach((click, index) => {
      const beat = index / 3;
      expect(click.time).toBeCloseTo((60 / k) * Math.log((80 + k * beat) / 80), 12);
      expect(click.bpm).toBeCloseTo(80 + k * beat, 9);
    });
  });
});

describe('clicksBetween: count-in', () => {
  it('MET1: one bar of 4/4 before bar 1, numbered bar 0, downbeat loudest', () => {
    const clicks = all(oneSection({ bars: 1, meter: meter(4, 4), bpm: 100 }, { countIn: { bars: 1 } }));
    const countIn = clicks.filter((click) => click.kind === 'count-in');
    expect(countIn.map((click) => [click.bar, click.beat, click.gain])).toEqual([
      [0, 1, 1],
      [0, 2, 0.7],
      [0, 3, 0.7],
      [0, 4, 0.7],
    ]);
    countIn.forEach((click, index) => expect(click.time).toBeCloseTo(index * 0.6, 12));
    expect(clicks[4]).toMatchObject({ kind: 'accent', bar: 1, beat: 1 });
    expect(clicks[4]?.time).toBeCloseTo(2.4, 12);
  });

  it('MET1: a two-beat count-in is beats 3 and 4; two bars are bars −1 and 0; no subdivisions', () => {
    const beats = all(oneSection({ bars: 1, meter: meter(4, 4), bpm: 120, subdivision: 2 }, { countIn: { beats: 2 } }));
    expect(beats.filter((click) => click.kind === 'count-in').map((click) => `${click.bar}.${click.beat}`)).toEqual(['0.3', '0.4']);
    expect(beats[2]?.time).toBe(1);
    const bars = all(oneSection({ bars: 1, meter: meter(3, 4), bpm: 120 }, { countIn: { bars: 2 } }));
    expect(bars.filter((click) => click.kind === 'count-in').map((click) => click.bar)).toEqual([-1, -1, -1, 0, 0, 0]);
  });

  it('MET1: the count-in plays once, not before every loop', () => {
    const timeline = createTimeline(oneSection({ bars: 1, meter: meter(4, 4), bpm: 120 }, { countIn: { bars: 1 }, loop: true }));
    const clicks = clicksBetween(timeline, 0, 20);
    expect(clicks.filter((click) => click.kind === 'count-in')).toHaveLength(4);
    expect(clicks).toHaveLength(40);
  });
});

describe('clicksBetween: passes and loops', () => {
  const twoSections: LoopPlan = {
    sections: [
      { bars: 2, meter: meter(4, 4), bpm: 120 },
      { bars: 1, meter: meter(3, 4), bpm: 60 },
    ],
    loop: true,
  };

  it('MET5: a pass plays the sections in order and the next loop starts right after', () => {
    const clicks = clicksBetween(createTimeline(twoSections), 0, 14);
    // Pass: 8 beats at 0.5 s + 3 beats at 1 s = 7 s.
    const loopOne = clicks.filter((click) => click.loopIndex === 1);
    expect(clicks.filter((click) => click.loopIndex === 0)).toHaveLength(11);
    expect(loopOne).toHaveLength(11);
    expect(clicks[7]).toMatchObject({ sectionIndex: 0, bar: 2, beat: 4, time: 3.5 });
    expect(clicks[8]).toMatchObject({ sectionIndex: 1, bar: 1, beat: 1, time: 4, bpm: 60 });
    expect(clicks[10]).toMatchObject({ sectionIndex: 1, beat: 3, time: 6 });
    expect(loopOne[0]).toMatchObject({ sectionIndex: 0, bar: 1, beat: 1, time: 7, kind: 'accent' });
    expect(clicks.map((click) => click.time)).toEqual([...clicks.map((click) => click.time)].sort((a, b) => a - b));
  });

  it('MET5: without loop the timeline ends after one pass', () => {
    const timeline = createTimeline({ ...twoSections, loop: false });
    expect(timeline.endTime).toBe(7);
    expect(clicksBetween(timeline, 0, 100)).toHaveLength(11);
    expect(clicksBetween(timeline, 6.5, 100)).toHaveLength(0);
    expect(clicksBetween(timeline, 7, 8)).toHaveLength(0);
  });

  it('MET8: a window includes a click at its start and excludes one at its end', () => {
    const timeline = createTimeline(twoSections);
    expect(clicksBetween(timeline, 4, 6).map((click) => click.time)).toEqual([4, 5]);
    expect(clicksBetween(timeline, 4, 4)).toEqual([]);
    expect(clicksBetween(timeline, 5, 4)).toEqual([]);
    expect(() => clicksBetween(timeline, 0, Infinity)).toThrow(RangeError);
  });

  it('MET8: random adjacent windows return exactly the clicks of the whole span (seeded)', () => {
    const seed = 0x5eed;
    let state = seed;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const plan: LoopPlan = {
      sections: [
        { bars: 2, meter: meter(7, 8), bpm: 173, subdivision: 3, tempoChanges: [{ bar: 1, beat: 3, bpm: 211, change: 'ramp', curve: 'exponential' }] },
        { bars: 3, meter: meter(4, 4), bpm: 97, subdivision: 4, tempoChanges: [{ bar: 2, beat: 1, bpm: 130, change: 'step' }] },
      ],
      countIn: { bars: 1, beats: 1 },
      loop: true,
      trainer: { startPercent: 70, stepPercent: 3, everyLoops: 2, targetPercent: 100 },
    };
    const timeline = createTimeline(plan);
    const whole = clicksBetween(timeline, 0, 120);
    const stitched: Click[] = [];
    let from = 0;
    while (from < 120) {
      // Mostly scheduler-sized windows, some landing exactly on a click time.
      const onClick = whole[Math.floor(random() * whole.length)]?.time ?? 0;
      const to = random() < 0.2 && onClick > from ? onClick : Math.min(120, from + random() * 0.15);
      stitched.push(...clicksBetween(timeline, from, to));
      from = to;
    }
    expect(stitched, `seed ${seed}`).toEqual(whole);
    expect(whole.length, `seed ${seed}`).toBeGreaterThan(500);
  });
});
