import type { TempoTrainer } from '../metronome/loop-plan.ts';

export const DEFAULT_TRAINER: TempoTrainer = { startPercent: 60, stepPercent: 5, everyLoops: 4, targetPercent: 100 };

/** PRA3: the ranges the trainer controls accept. */
export const TRAINER_LIMITS = {
  startPercent: { min: 10, max: 200 },
  stepPercent: { min: 0, max: 50 },
  everyLoops: { min: 1, max: 64 },
  targetPercent: { min: 10, max: 200 },
} as const satisfies Record<keyof TempoTrainer, { min: number; max: number }>;

/** A trainer field typed by the user, clamped into its range as a whole number (NaN keeps `fallback`). */
export function clampTrainerField(field: keyof TempoTrainer, value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const { min, max } = TRAINER_LIMITS[field];
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** "60 % → 100 %, +5 % every 4 loops". */
export function describeTrainer(trainer: TempoTrainer): string {
  const sign = trainer.targetPercent >= trainer.startPercent ? '+' : '−';
  const loops = trainer.everyLoops === 1 ? 'every loop' : `every ${trainer.everyLoops} loops`;
  return `${trainer.startPercent} % → ${trainer.targetPercent} %, ${sign}${trainer.stepPercent} % ${loops}`;
}
