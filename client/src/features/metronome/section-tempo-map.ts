import type { TempoChange } from './loop-plan.ts';
import { segmentBeatAt, segmentBpmAt, segmentSecondsAt, type TempoSegment } from './tempo-segment.ts';

type Piece = Omit<TempoSegment, 'startTime'>;

/** Where a change sits, in beats from the section start. */
export function changeOffsetBeats(change: TempoChange, beatsPerBar: number): number {
  return (change.bar - 1) * beatsPerBar + (change.beat - 1);
}

/** The tempo a ramp from `from` to `to` has reached after `fraction` of its length. */
function rampValue(curve: 'linear' | 'exponential', from: number, to: number, fraction: number): number {
  return curve === 'linear' ? from + (to - from) * fraction : from * Math.pow(to / from, fraction);
}

/**
 * MET4: turns a section's starting tempo and its changes into contiguous segments covering
 * [0, totalBeats), each with its start time (at 100 %). Changes must lie inside the section.
 */
export function compileSectionTempo(
  startBpm: number,
  changes: readonly TempoChange[],
  beatsPerBar: number,
  totalBeats: number,
): TempoSegment[] {
  const sorted = changes
    .map((change) => ({ change, at: changeOffsetBeats(change, beatsPerBar) }))
    .sort((a, b) => a.at - b.at);
  const pieces: Piece[] = [];
  let cursor = 0;
  let bpm = startBpm;
  const hold = (until: number) => {
    if (until > cursor) pieces.push({ startBeat: cursor, beats: until - cursor, fromBpm: bpm, toBpm: bpm, curve: 'constant' });
    cursor = Math.max(cursor, until);
  };

  sorted.forEach(({ change, at }, index) => {
    const limit = sorted[index + 1]?.at ?? totalBeats;
    hold(at);
    const span = change.change === 'instant' ? 0 : (change.overBeats ?? limit - at);
    if (span <= 0) {
      bpm = change.bpm;
      return;
    }
    const end = Math.min(at + span, limit);
    if (change.change === 'ramp') {
      const curve = change.curve ?? 'linear';
      const reached = end === at + span ? change.bpm : rampValue(curve, bpm, change.bpm, (end - at) / span);
      if (end > at) pieces.push({ startBeat: at, beats: end - at, fromBpm: bpm, toBpm: reached, curve });
      bpm = reached;
      cursor = end;
      return;
    }
    // step: equal steps one beat long, the first already one step on, the last at the target (as the
    // document's tempo map defines it, so practice timing matches the song's projected seconds).
    const steps = Math.ceil(span);
    const from = bpm;
    for (let step = 0; step < steps && at + step < end; step += 1) {
      bpm = from + ((change.bpm - from) * (step + 1)) / steps;
      hold(Math.min(at + step + 1, end));
    }
  });
  hold(totalBeats);

  let startTime = 0;
  return pieces.map((piece) => {
    const segment: TempoSegment = { ...piece, startTime };
    startTime += segmentSecondsAt(segment, segment.beats);
    return segment;
  });
}

function segmentIndexAtBeat(segments: readonly TempoSegment[], x: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((segments[middle]?.startBeat ?? Infinity) <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}

function segmentAtBeat(segments: readonly TempoSegment[], x: number): TempoSegment {
  const segment = segments[segmentIndexAtBeat(segments, x)];
  if (segment === undefined) throw new RangeError('a section has no tempo segments');
  return segment;
}

/** Seconds (at 100 %) from the section start to beat position `x`. */
export function sectionSecondsAt(segments: readonly TempoSegment[], x: number): number {
  const segment = segmentAtBeat(segments, x);
  return segment.startTime + segmentSecondsAt(segment, x - segment.startBeat);
}

/** Tempo at beat position `x` (at 100 %). */
export function sectionBpmAt(segments: readonly TempoSegment[], x: number): number {
  const segment = segmentAtBeat(segments, x);
  return segmentBpmAt(segment, x - segment.startBeat);
}

/** Beat position after `seconds` (at 100 %) into the section; the inverse of sectionSecondsAt. */
export function sectionBeatAt(segments: readonly TempoSegment[], seconds: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((segments[middle]?.startTime ?? Infinity) <= seconds) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  if (segment === undefined) throw new RangeError('a section has no tempo segments');
  return segment.startBeat + segmentBeatAt(segment, seconds - segment.startTime);
}
