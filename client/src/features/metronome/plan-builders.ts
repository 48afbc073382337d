import { defaultAccents } from './accent-patterns.ts';
import type { LoopPlan, Meter, PlanSection, Subdivision, TempoChange } from './loop-plan.ts';

/** The settings' subdivision names as clicks per beat. */
export const SUBDIVISION_BY_NAME = { quarter: 1, eighth: 2, triplet: 3, sixteenth: 4 } as const satisfies Record<string, Subdivision>;

/** Stored accents when they fit the meter, else the meter's default (a changed meter outdates them). */
export function fitAccents(accents: readonly number[] | undefined, meter: Meter): readonly number[] {
  return accents !== undefined && accents.length === meter.beatsPerBar ? accents : defaultAccents(meter);
}

export interface MetronomeSettings {
  readonly bpm: number;
  readonly meter: Meter;
  readonly subdivision?: Subdivision;
  readonly accents?: readonly number[];
  readonly countInBars?: number;
}

/** The standalone metronome: one bar looped forever (the loop index counts bars). */
export function metronomePlan(settings: MetronomeSettings): LoopPlan {
  const section: PlanSection = {
    bars: 1,
    meter: settings.meter,
    bpm: settings.bpm,
    subdivision: settings.subdivision ?? 1,
    accents: fitAccents(settings.accents, settings.meter),
  };
  return { sections: [section], countIn: { bars: settings.countInBars ?? 0 }, loop: true };
}

export type SectionRampCurve = 'linear' | 'exponential' | 'step';

/**
 * A section-level ramp (MET4) from startBpm on the first beat to endBpm: linear or exponential over
 * the whole section, or a staircase with one tempo per bar, the first bar at the start, the last at the end.
 */
export function sectionRamp(
  startBpm: number,
  endBpm: number,
  curve: SectionRampCurve,
  bars: number,
): Pick<PlanSection, 'bpm' | 'tempoChanges'> {
  if (curve !== 'step') return { bpm: startBpm, tempoChanges: [{ bar: 1, beat: 1, bpm: endBpm, change: 'ramp', curve }] };
  const tempoChanges: TempoChange[] = [];
  for (let bar = 2; bar <= bars; bar += 1) {
    tempoChanges.push({ bar, beat: 1, bpm: startBpm + ((endBpm - startBpm) * (bar - 1)) / (bars - 1), change: 'instant' });
  }
  return { bpm: startBpm, tempoChanges };
}
