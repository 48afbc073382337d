import { sectionBeatAt } from './section-tempo-map.ts';
import { passStartTime, timeAt, type Timeline } from './timeline.ts';

export interface PassLocation {
  readonly loopIndex: number;
  readonly sectionIndex: number;
  /** Beat position inside the section (0-based, fractional), from the closed-form inverse. */
  readonly beat: number;
}

/**
 * The loop, section and beat position at time `t` (count-in end ≤ t < end). Loop and section are
 * settled against the same forward formulas the clicks use, so a click's own time lands in its section.
 */
export function locateInPass(timeline: Timeline, t: number): PassLocation {
  let loopIndex = timeline.loop ? timeline.loopClock.loopAt(t - timeline.countIn.seconds) : 0;
  while (loopIndex > 0 && passStartTime(timeline, loopIndex) > t) loopIndex -= 1;
  while (timeline.loop && passStartTime(timeline, loopIndex + 1) <= t) loopIndex += 1;

  let sectionIndex = 0;
  while (sectionIndex + 1 < timeline.sections.length && timeAt(timeline, loopIndex, sectionIndex + 1, 0) <= t) {
    sectionIndex += 1;
  }
  const section = timeline.sections[sectionIndex];
  if (section === undefined) throw new RangeError('a timeline has no sections');
  const factor = timeline.loopClock.factorAt(loopIndex);
  const secondsInSection = (t - passStartTime(timeline, loopIndex)) * factor - section.offset;
  const beat = Math.min(section.beats, sectionBeatAt(section.segments, Math.max(0, secondsInSection)));
  return { loopIndex, sectionIndex, beat };
}
