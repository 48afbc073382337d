import { DEFAULT_BPM, beatsPerBar, type TempoEvent } from '../../lib/library-api.ts';

/** A corner of the tempo curve; `x` counts bars from the song's start (0 = bar 1, beat 1). */
export type TempoPoint = { x: number; bpm: number };

type TimedSong = { bpm?: number | undefined; timeSignature: string; tempoMap: readonly TempoEvent[] };

/** A ramp or step in progress: from `from` at x0 to `to` at x0 + steps beats. */
type Change = { kind: 'ramp' | 'step'; x0: number; beatWidth: number; steps: number; from: number; to: number };

const endOf = (change: Change) => change.x0 + change.steps * change.beatWidth;

function tempoAt(change: Change, x: number): number {
  if (x >= endOf(change)) return change.to;
  const done = (x - change.x0) / change.beatWidth;
  // A step change is already one step on during its first beat (the document's definition); the
  // epsilon keeps a beat's own start on its step despite float rounding of the beat width.
  const fraction = change.kind === 'ramp' ? done / change.steps : Math.min(change.steps, Math.floor(done + 1e-9) + 1) / change.steps;
  return change.from + (change.to - change.from) * fraction;
}

/** The corners a running change draws before `cut` (a later event or the end of the song). */
function cornersBefore(change: Change, cut: number): TempoPoint[] {
  if (change.kind === 'ramp') return endOf(change) < cut ? [{ x: endOf(change), bpm: change.to }] : [];
  const corners: TempoPoint[] = [];
  for (let k = 1; k <= change.steps; k++) {
    const x = change.x0 + (k - 1) * change.beatWidth;
    if (x >= cut) break;
    const stepBpm = (steps: number) => change.from + ((change.to - change.from) * steps) / change.steps;
    corners.push({ x, bpm: stepBpm(k - 1) }, { x, bpm: stepBpm(k) });
  }
  return corners;
}

/**
 * The song's tempo over its first `bars` bars as a polyline (EDIT6): the song's bpm (default 120),
 * then each tempo-map event: instant jumps, linear ramps, per-beat steps; a later event cuts a
 * running change short. Meter changes of events set the beat width from their bar on.
 */
export function tempoCurve(song: TimedSong, bars: number): TempoPoint[] {
  const end = Math.max(1, bars);
  let beats = beatsPerBar(song.timeSignature);
  let tempo = song.bpm ?? DEFAULT_BPM;
  let change: Change | null = null;
  const points: TempoPoint[] = [{ x: 0, bpm: tempo }];
  const current = (x: number) => (change === null ? tempo : tempoAt(change, x));

  for (const event of song.tempoMap) {
    if (event.timeSignature !== undefined) beats = beatsPerBar(event.timeSignature);
    const x = event.bar - 1 + (Math.min(event.beat, beats) - 1) / beats;
    if (x >= end) break;
    if (change !== null) points.push(...cornersBefore(change, x));
    const from = current(x);
    points.push({ x, bpm: from });
    if (event.change === 'instant' || event.rampBeats === undefined) {
      change = null;
      points.push({ x, bpm: event.bpm });
    } else {
      change = { kind: event.change, x0: x, beatWidth: 1 / beats, steps: event.rampBeats, from, to: event.bpm };
    }
    tempo = event.bpm;
  }
  if (change !== null) points.push(...cornersBefore(change, end));
  points.push({ x: end, bpm: current(end) });
  return points.filter((point, i) => {
    const previous = points[i - 1];
    return previous === undefined || previous.x !== point.x || previous.bpm !== point.bpm;
  });
}

/** Bars the curve spans: the song's sections, or a few bars past the last event when it has none. */
export function curveBars(song: { sections: readonly { bars: number }[]; tempoMap: readonly TempoEvent[] }): number {
  const sectionBars = song.sections.reduce((sum, section) => sum + section.bars, 0);
  if (sectionBars > 0) return sectionBars;
  const lastEventBar = song.tempoMap.reduce((last, event) => Math.max(last, event.bar), 0);
  return Math.max(8, lastEventBar + 4);
}
