import { DEFAULT_BPM, DEFAULT_TIME_SIGNATURE, beatsPerBar } from './schema-primitives.ts';
import type { TempoEvent } from './schema-tempo.ts';

/** Where a section sits in its song: 1-based first bar and seconds from the song's start (DOC17). */
export interface SectionTiming {
  startBar: number;
  startSeconds: number;
  endSeconds: number;
}

interface TimedSong {
  bpm?: number | undefined;
  timeSignature: string;
  tempoMap: readonly TempoEvent[];
}
interface TimedSection {
  bars: number;
  bpm?: number | undefined;
  timeSignature?: string | undefined;
}

/** A stretch of beats over which the tempo is constant or changes linearly. */
interface TempoSegment {
  from: number;
  to: number;
  startBpm: number;
  endBpm: number;
}

/** Beat (0-based, counted from the song's start) at which each bar starts; one entry more than bars. */
function barStartBeats(song: TimedSong, sections: readonly TimedSection[]): number[] {
  const meterChanges = song.tempoMap.filter((event) => event.timeSignature !== undefined);
  let meter = song.timeSignature || DEFAULT_TIME_SIGNATURE;
  let nextChange = 0;
  const starts = [0];
  let bar = 1;
  for (const section of sections) {
    for (let i = 0; i < section.bars; i++, bar++) {
      while (nextChange < meterChanges.length && (meterChanges[nextChange]?.bar ?? Infinity) <= bar) {
        meter = meterChanges[nextChange]?.timeSignature ?? meter;
        nextChange++;
      }
      starts.push((starts.at(-1) ?? 0) + beatsPerBar(section.timeSignature ?? meter));
    }
  }
  return starts;
}

function tempoSegments(song: TimedSong, barStarts: readonly number[]): TempoSegment[] {
  const lastBar = barStarts.length - 1;
  const events = song.tempoMap
    .filter((event) => event.bar <= lastBar)
    .map((event) => {
      const barStart = barStarts[event.bar - 1] ?? 0;
      const barLength = (barStarts[event.bar] ?? barStart + 1) - barStart;
      return { ...event, at: barStart + Math.min(event.beat, barLength) - 1 };
    })
    .sort((a, b) => a.at - b.at);
  const segments: TempoSegment[] = [];
  let bpm = song.bpm ?? DEFAULT_BPM;
  let at = 0;
  events.forEach((event, i) => {
    const next = events[i + 1]?.at ?? Infinity;
    if (event.at > at) segments.push({ from: at, to: event.at, startBpm: bpm, endBpm: bpm });
    at = event.at;
    const length = event.change === 'instant' ? 0 : (event.rampBeats ?? 0);
    if (length === 0) {
      bpm = event.bpm;
      return;
    }
    const from = bpm;
    const target = event.bpm;
    if (event.change === 'ramp') {
      // A ramp cut short by the next event stops at the tempo it had reached.
      const end = Math.min(event.at + length, next);
      const endBpm = from + ((target - from) * (end - event.at)) / length;
      if (end > event.at) segments.push({ from: event.at, to: end, startBpm: from, endBpm });
      bpm = endBpm;
      at = end;
      return;
    }
    for (let k = 0; k < length && event.at + k < next; k++) {
      bpm = from + ((target - from) * (k + 1)) / length;
      at = Math.min(event.at + k + 1, next);
      segments.push({ from: event.at + k, to: at, startBpm: bpm, endBpm: bpm });
    }
  });
  segments.push({ from: at, to: Infinity, startBpm: bpm, endBpm: bpm });
  return segments;
}

/** Seconds to play [from, to) of one segment: 60/bpm integrated, exactly for linear ramps. */
function segmentSeconds(segment: TempoSegment, from: number, to: number): number {
  if (segment.startBpm === segment.endBpm) return ((to - from) * 60) / segment.startBpm;
  const slope = (segment.endBpm - segment.startBpm) / (segment.to - segment.from);
  const bpmAt = (beat: number) => segment.startBpm + slope * (beat - segment.from);
  return (60 / slope) * Math.log(bpmAt(to) / bpmAt(from));
}

const roundMs = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * Start bar and start/end seconds of each section played in order (DOC17). A section's local
 * bpm holds through the section; elsewhere the song's tempo map applies, starting from the
 * song's bpm (default 120). Bpm counts beats of the meter's note value.
 */
export function sectionTimings(song: TimedSong, sections: readonly TimedSection[]): SectionTiming[] {
  const barStarts = barStartBeats(song, sections);
  const segments = tempoSegments(song, barStarts);
  const timings: SectionTiming[] = [];
  let bar = 1;
  let seconds = 0;
  let cursor = 0;
  for (const section of sections) {
    const from = barStarts[bar - 1] ?? 0;
    const to = barStarts[bar - 1 + section.bars] ?? from;
    let duration = 0;
    if (section.bpm !== undefined) {
      duration = ((to - from) * 60) / section.bpm;
    } else {
      while ((segments[cursor]?.to ?? Infinity) <= from) cursor++;
      for (let i = cursor; i < segments.length; i++) {
        const segment = segments[i];
        if (segment === undefined || segment.from >= to) break;
        duration += segmentSeconds(segment, Math.max(from, segment.from), Math.min(to, segment.to));
      }
    }
    timings.push({ startBar: bar, startSeconds: roundMs(seconds), endSeconds: roundMs(seconds + duration) });
    seconds += duration;
    bar += section.bars;
  }
  return timings;
}
