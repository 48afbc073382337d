import type { MetronomeSettings, MetronomeSettingsPatch } from '../../lib/library-api.ts';
import { ACCENT_LEVELS } from '../metronome/accent-levels.ts';
import { defaultAccents } from '../metronome/accent-patterns.ts';
import type { LoopPlan, Meter } from '../metronome/loop-plan.ts';
import { fitAccents, metronomePlan } from '../metronome/plan-builders.ts';
import { subdivisionOf } from './scheduler-settings.ts';

export type AccentLevelName = keyof typeof ACCENT_LEVELS;
const LEVEL_NAMES: readonly AccentLevelName[] = ['accent', 'medium', 'normal', 'ghost', 'silent'];

/** MET13: the level's name for a gain ("accent", "medium", …), by the nearest level. */
export function accentLevelName(gain: number): AccentLevelName {
  let best: AccentLevelName = 'normal';
  for (const name of LEVEL_NAMES) {
    if (Math.abs(ACCENT_LEVELS[name] - gain) < Math.abs(ACCENT_LEVELS[best] - gain)) best = name;
  }
  return best;
}

export function meterOf(settings: Pick<MetronomeSettings, 'beatsPerMeasure' | 'beatUnit'>): Meter {
  return { beatsPerBar: settings.beatsPerMeasure, beatUnit: settings.beatUnit };
}

/** The accents the metronome plays: the stored pattern when it fits the meter, else the meter's default. */
export function accentsOf(settings: MetronomeSettings): readonly number[] {
  return fitAccents(settings.accentPattern, meterOf(settings));
}

/** MTR1: a new meter brings its default accent pattern along in the same write. */
export function meterPatch(beatsPerMeasure: number, beatUnit: MetronomeSettings['beatUnit']): MetronomeSettingsPatch {
  return { beatsPerMeasure, beatUnit, accentPattern: [...defaultAccents({ beatsPerBar: beatsPerMeasure, beatUnit })] };
}

/** MTR2: the standalone metronome plays one bar of the settings, looped. */
export function standalonePlan(settings: MetronomeSettings, bpm = settings.bpm): LoopPlan {
  return metronomePlan({ bpm, meter: meterOf(settings), subdivision: subdivisionOf(settings), accents: accentsOf(settings) });
}

/**
 * MTR3: a calibration tap in milliseconds on the timeline of the clicks, from the playhead time
 * (which already has the current offset applied to it: add it back, so we measure the raw delay).
 */
export function calibrationTapMs(playheadSeconds: number, currentOffsetMs: number): number {
  return playheadSeconds * 1000 + currentOffsetMs;
}
