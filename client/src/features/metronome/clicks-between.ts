import { locateInPass } from './locate-in-pass.ts';
import { sectionBpmAt } from './section-tempo-map.ts';
import { tickTime, type Timeline, type TimelineSection } from './timeline.ts';

export type ClickKind = 'accent' | 'beat' | 'sub' | 'count-in';

/** One click of the timeline: "which click happens when". */
export interface Click {
  /** Seconds from time 0 (the first count-in click, or the first beat without a count-in). */
  readonly time: number;
  readonly kind: ClickKind;
  /** 0–1, before the master volume. */
  readonly gain: number;
  readonly loopIndex: number;
  readonly sectionIndex: number;
  /** 1-based bar in the section; 0, −1, … during the count-in (MET1). */
  readonly bar: number;
  /** 1-based beat in the bar. */
  readonly beat: number;
  /** 0 on the beat, 1 … subdivision − 1 between beats. */
  readonly subdivision: number;
  /** Tempo at this click, trainer included. */
  readonly bpm: number;
}

/** MET3: subdivisions sound at the ghost level. */
export const SUBDIVISION_GAIN = 0.3;
/** MET1: count-in gains for a bar's first beat and the others. */
export const COUNT_IN_DOWNBEAT_GAIN = 1;
export const COUNT_IN_BEAT_GAIN = 0.7;

function countInClicks(timeline: Timeline, from: number, end: number, out: Click[]): void {
  const { beats, beatSeconds, meter, bpm } = timeline.countIn;
  for (let index = Math.max(0, Math.floor(from / beatSeconds) - 1); index < beats; index += 1) {
    const time = index * beatSeconds;
    if (time >= end) return;
    if (time < from) continue;
    const position = index - beats; // −1 is the beat just before bar 1
    const bar = 1 + Math.floor(position / meter.beatsPerBar);
    const beat = position - (bar - 1) * meter.beatsPerBar + 1;
    const gain = beat === 1 ? COUNT_IN_DOWNBEAT_GAIN : COUNT_IN_BEAT_GAIN;
    out.push({ time, kind: 'count-in', gain, loopIndex: 0, sectionIndex: 0, bar, beat, subdivision: 0, bpm });
  }
}

function passClick(timeline: Timeline, loopIndex: number, section: TimelineSection, tick: number, time: number): Click {
  const beatIndex = Math.floor(tick / section.subdivision);
  const subdivision = tick - beatIndex * section.subdivision;
  const beatInBar = beatIndex % section.meter.beatsPerBar;
  const accent = section.accents[beatInBar] ?? 0;
  const bpm = sectionBpmAt(section.segments, tick / section.subdivision) * timeline.loopClock.factorAt(loopIndex);
  return {
    time,
    kind: subdivision > 0 ? 'sub' : accent >= 1 ? 'accent' : 'beat',
    gain: subdivision > 0 ? SUBDIVISION_GAIN : accent,
    loopIndex,
    sectionIndex: section.index,
    bar: Math.floor(beatIndex / section.meter.beatsPerBar) + 1,
    beat: beatInBar + 1,
    subdivision,
    bpm,
  };
}

/** MET8: the clicks with from ≤ time < to, in time order. `to` must be finite. */
export function clicksBetween(timeline: Timeline, from: number, to: number): Click[] {
  const clicks: Click[] = [];
  const end = Math.min(to, timeline.endTime);
  if (!(end > from)) return clicks;
  if (!Number.isFinite(end)) throw new RangeError('clicksBetween needs a finite end time');
  countInClicks(timeline, from, end, clicks);
  const start = Math.max(from, timeline.countIn.seconds);
  if (start >= end) return clicks;

  const located = locateInPass(timeline, start);
  let { loopIndex, sectionIndex } = located;
  const first = timeline.sections[sectionIndex];
  // One tick of slack behind the inverse; the time filter below drops it if it is early.
  let tick = first === undefined ? 0 : Math.max(0, Math.floor(located.beat * first.subdivision) - 1);
  for (;;) {
    const section = timeline.sections[sectionIndex];
    if (section === undefined) return clicks;
    for (const ticks = section.beats * section.subdivision; tick < ticks; tick += 1) {
      const time = tickTime(timeline, loopIndex, sectionIndex, tick);
      if (time >= end) return clicks;
      if (time >= from) clicks.push(passClick(timeline, loopIndex, section, tick, time));
    }
    tick = 0;
    sectionIndex += 1;
    if (sectionIndex === timeline.sections.length) {
      if (!timeline.loop) return clicks;
      sectionIndex = 0;
      loopIndex += 1;
    }
  }
}
