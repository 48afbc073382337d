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

/** A section-level ramp (MET4): start tempo, end tempo and curve over the whole section. */
export function sectionRamp(
  startBpm: number,
  endBpm: number,
  curve: SectionRampCurve,
): Pick<PlanSection, 'bpm' | 'tempoChanges'> {
  const change: TempoChange =
    curve === 'step'
      ? { bar: 1, beat: 1, bpm: endBpm, change: 'step' }
      : { bar: 1, beat: 1, bpm: endBpm, change: 'ramp', curve };
  return { bpm: startBpm, tempoChanges: [change] };
}
