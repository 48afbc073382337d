import { locateInPass } from './locate-in-pass.ts';
import { sectionBpmAt } from './section-tempo-map.ts';
import { timeAt, type Timeline } from './timeline.ts';

export type PlayheadPhase = 'pending' | 'count-in' | 'playing' | 'ended';

/** Where the playhead is: what the UI shows as current section, bar, beat and chord. */
export interface PlayheadPosition {
  readonly phase: PlayheadPhase;
  readonly loopIndex: number;
  readonly sectionIndex: number;
  /** 1-based bar in the section; 0, −1, … during the count-in. */
  readonly bar: number;
  /** 1-based beat in the bar. */
  readonly beat: number;
  /** How far into the current beat, 0 ≤ fraction < 1 (ramps taken into account). */
  readonly beatFraction: number;
  /** Beats from the section start, 0-based and fractional (negative during the count-in). */
  readonly sectionBeat: number;
  /** Tempo right now, trainer included. */
  readonly bpm: number;
  /** The trainer's percentage for this loop (100 without a trainer). */
  readonly tempoPercent: number;
  /** Count-in beats left, this one included; 0 once the count-in is over. */
  readonly countInLeft: number;
}

function countInPosition(timeline: Timeline, t: number): PlayheadPosition {
  const { beats, beatSeconds, meter, bpm } = timeline.countIn;
  let index = Math.min(beats - 1, Math.floor(t / beatSeconds));
  // Division can round just below a whole beat; the clicks are at index × beatSeconds exactly.
  if (index + 1 < beats && (index + 1) * beatSeconds <= t) index += 1;
  if (index > 0 && index * beatSeconds > t) index -= 1;
  const position = index - beats;
  const bar = 1 + Math.floor(position / meter.beatsPerBar);
  const fraction = Math.min(Math.max(t / beatSeconds - index, 0), 1 - Number.EPSILON);
  return {
    phase: 'count-in',
    loopIndex: 0,
    sectionIndex: 0,
    bar,
    beat: position - (bar - 1) * meter.beatsPerBar + 1,
    beatFraction: fraction,
    sectionBeat: position + fraction,
    bpm,
    tempoPercent: timeline.loopClock.factorAt(0) * 100,
    countInLeft: beats - index,
  };
}

function passPosition(timeline: Timeline, t: number): PlayheadPosition {
  const { loopIndex, sectionIndex, beat: estimate } = locateInPass(timeline, t);
  const section = timeline.sections[sectionIndex];
  if (section === undefined) throw new RangeError('a timeline has no sections');
  // Settle the beat against the forward formula, so a click's own time reports that click's beat (MET9).
  let beatIndex = Math.min(section.beats - 1, Math.floor(estimate));
  while (beatIndex + 1 < section.beats && timeAt(timeline, loopIndex, sectionIndex, beatIndex + 1) <= t) beatIndex += 1;
  while (beatIndex > 0 && timeAt(timeline, loopIndex, sectionIndex, beatIndex) > t) beatIndex -= 1;
  const fraction = Math.min(Math.max(estimate - beatIndex, 0), 1 - Number.EPSILON);
  const factor = timeline.loopClock.factorAt(loopIndex);
  return {
    phase: 'playing',
    loopIndex,
    sectionIndex,
    bar: Math.floor(beatIndex / section.meter.beatsPerBar) + 1,
    beat: (beatIndex % section.meter.beatsPerBar) + 1,
    beatFraction: fraction,
    sectionBeat: beatIndex + fraction,
    bpm: sectionBpmAt(section.segments, beatIndex + fraction) * factor,
    tempoPercent: factor * 100,
    countInLeft: 0,
  };
}

/** MET9: the playhead at `t` seconds from time 0; the inverse of clicksBetween. */
export function positionAt(timeline: Timeline, t: number): PlayheadPosition {
  if (t < 0) return { ...positionAt(timeline, 0), phase: 'pending' };
  if (t < timeline.countIn.seconds) return countInPosition(timeline, t);
  if (t < timeline.endTime) return passPosition(timeline, t);
  const last = timeline.sections.at(-1);
  if (last === undefined) throw new RangeError('a timeline has no sections');
  const factor = timeline.loopClock.factorAt(0);
  return {
    phase: 'ended',
    loopIndex: 0,
    sectionIndex: last.index,
    bar: last.bars,
    beat: last.meter.beatsPerBar,
    beatFraction: 1 - Number.EPSILON,
    sectionBeat: last.beats,
    bpm: sectionBpmAt(last.segments, last.beats) * factor,
    tempoPercent: factor * 100,
    countInLeft: 0,
  };
}
