import { defaultAccents } from './accent-patterns.ts';
import { createLoopClock, type LoopClock } from './loop-clock.ts';
import type { LoopPlan, Meter, Subdivision } from './loop-plan.ts';
import { assertValidPlan } from './plan-validation.ts';
import { compileSectionTempo, sectionSecondsAt } from './section-tempo-map.ts';
import type { TempoSegment } from './tempo-segment.ts';

export interface TimelineSection {
  readonly index: number;
  readonly bars: number;
  readonly meter: Meter;
  /** bars × beats per bar. */
  readonly beats: number;
  readonly subdivision: Subdivision;
  readonly accents: readonly number[];
  readonly segments: readonly TempoSegment[];
  /** Seconds from the pass start to the section start, at 100 %. */
  readonly offset: number;
  /** Length of the section, at 100 %. */
  readonly seconds: number;
}

export interface TimelineCountIn {
  readonly beats: number;
  readonly meter: Meter;
  readonly bpm: number;
  readonly beatSeconds: number;
  readonly seconds: number;
}

/** A compiled loop plan: everything clicksBetween and positionAt need, computed once. */
export interface Timeline {
  readonly sections: readonly TimelineSection[];
  readonly countIn: TimelineCountIn;
  readonly loop: boolean;
  /** One pass at 100 %. */
  readonly passSeconds: number;
  readonly loopClock: LoopClock;
  /** Seconds from time 0 to the end of the single pass; Infinity when looping. */
  readonly endTime: number;
}

/** Validates and compiles a plan (throws RangeError on an invalid one). */
export function createTimeline(plan: LoopPlan): Timeline {
  assertValidPlan(plan);
  let offset = 0;
  const sections = plan.sections.map((section, index): TimelineSection => {
    const beats = section.bars * section.meter.beatsPerBar;
    const segments = compileSectionTempo(section.bpm, section.tempoChanges ?? [], section.meter.beatsPerBar, beats);
    const seconds = sectionSecondsAt(segments, beats);
    const compiled = {
      index,
      bars: section.bars,
      meter: section.meter,
      beats,
      subdivision: section.subdivision ?? 1,
      accents: section.accents ?? defaultAccents(section.meter),
      segments,
      offset,
      seconds,
    };
    offset += seconds;
    return compiled;
  });
  const passSeconds = offset;
  const loopClock = createLoopClock(passSeconds, plan.trainer);
  const first = plan.sections[0];
  if (first === undefined) throw new RangeError('loop plan: needs at least one section');
  const countInBeats = (plan.countIn?.bars ?? 0) * first.meter.beatsPerBar + (plan.countIn?.beats ?? 0);
  const countInBpm = first.bpm * loopClock.factorAt(0);
  const beatSeconds = 60 / countInBpm;
  const countIn = { beats: countInBeats, meter: first.meter, bpm: countInBpm, beatSeconds, seconds: countInBeats * beatSeconds };
  const endTime = plan.loop ? Infinity : countIn.seconds + loopClock.startOf(1);
  return { sections, countIn, loop: plan.loop, passSeconds, loopClock, endTime };
}

/** Seconds from time 0 to the first beat of pass `loopIndex`. */
export function passStartTime(timeline: Timeline, loopIndex: number): number {
  return timeline.countIn.seconds + timeline.loopClock.startOf(loopIndex);
}

function sectionAt(timeline: Timeline, sectionIndex: number): TimelineSection {
  const section = timeline.sections[sectionIndex];
  if (section === undefined) throw new RangeError(`no section ${sectionIndex}`);
  return section;
}

/** MET7: seconds from time 0 to beat position `beat` (0-based, fractional) of a section in a loop. */
export function timeAt(timeline: Timeline, loopIndex: number, sectionIndex: number, beat: number): number {
  const section = sectionAt(timeline, sectionIndex);
  const seconds = section.offset + sectionSecondsAt(section.segments, beat);
  return passStartTime(timeline, loopIndex) + seconds / timeline.loopClock.factorAt(loopIndex);
}

/** Seconds from time 0 to tick `tick` (beat × subdivision + sub index) of a section in a loop. */
export function tickTime(timeline: Timeline, loopIndex: number, sectionIndex: number, tick: number): number {
  return timeAt(timeline, loopIndex, sectionIndex, tick / sectionAt(timeline, sectionIndex).subdivision);
}
