/**
 * One piece of a tempo curve over musical position (beats). Time is the exact integral of 60 / bpm(x) dx
 * in closed form, and the inverse is closed form too, so nothing is ever summed beat by beat (MET4, MET7).
 */
export interface TempoSegment {
  /** Where the segment starts, in beats from the section start. */
  readonly startBeat: number;
  readonly beats: number;
  /** Seconds from the section start to startBeat, at 100 % tempo. */
  readonly startTime: number;
  readonly fromBpm: number;
  /** Tempo reached at the end of the segment (equal to fromBpm when constant). */
  readonly toBpm: number;
  /** linear: bpm changes linearly with beats; exponential: by a constant ratio per beat. */
  readonly curve: 'constant' | 'linear' | 'exponential';
}

function isFlat(segment: TempoSegment): boolean {
  return segment.curve === 'constant' || segment.fromBpm === segment.toBpm;
}

/** Tempo `x` beats into the segment. */
export function segmentBpmAt(segment: TempoSegment, x: number): number {
  const { fromBpm, toBpm, beats } = segment;
  if (isFlat(segment)) return fromBpm;
  if (segment.curve === 'linear') return fromBpm + ((toBpm - fromBpm) * x) / beats;
  return fromBpm * Math.exp((Math.log(toBpm / fromBpm) * x) / beats);
}

/** Seconds from the segment start to `x` beats into it. */
export function segmentSecondsAt(segment: TempoSegment, x: number): number {
  const { fromBpm, toBpm, beats } = segment;
  if (isFlat(segment)) return (60 * x) / fromBpm;
  if (segment.curve === 'linear') {
    // ∫ 60 / (b0 + k·u) du = (60 / k) · ln(1 + k·x / b0), with k = (b1 − b0) / L.
    const slope = (toBpm - fromBpm) / beats;
    return (60 / slope) * Math.log1p((slope * x) / fromBpm);
  }
  // ∫ 60 / (b0 · e^{λu}) du = (60 / (b0·λ)) · (1 − e^{−λx}), with λ = ln(b1 / b0) / L.
  const rate = Math.log(toBpm / fromBpm) / beats;
  return (-60 / (fromBpm * rate)) * Math.expm1(-rate * x);
}

/** Beats into the segment after `seconds` (the inverse of segmentSecondsAt), clamped to the segment. */
export function segmentBeatAt(segment: TempoSegment, seconds: number): number {
  const { fromBpm, toBpm, beats } = segment;
  let x: number;
  if (isFlat(segment)) {
    x = (seconds * fromBpm) / 60;
  } else if (segment.curve === 'linear') {
    const slope = (toBpm - fromBpm) / beats;
    x = (fromBpm / slope) * Math.expm1((slope * seconds) / 60);
  } else {
    const rate = Math.log(toBpm / fromBpm) / beats;
    const inner = (-seconds * fromBpm * rate) / 60;
    x = inner <= -1 ? beats : -Math.log1p(inner) / rate;
  }
  return Math.min(beats, Math.max(0, x));
}
