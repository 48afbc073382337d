import type { LoopPlan, Meter, PlanSection, Subdivision, TempoChange } from './loop-plan.ts';

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
    ...(settings.accents === undefined ? {} : { accents: settings.accents }),
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
