import type { TempoTrainer } from './loop-plan.ts';

/** MET6: the trainer's percentage for loop `loopIndex`, moving toward the target and never past it. */
export function trainerPercentAt(trainer: TempoTrainer, loopIndex: number): number {
  const steps = Math.floor(loopIndex / trainer.everyLoops);
  const { startPercent: start, stepPercent: step, targetPercent: target } = trainer;
  if (target >= start) return Math.min(target, start + step * steps);
  return Math.max(target, start - step * steps);
}

/** The first loop index at which the trainer sits at its final percentage (it never moves after). */
export function trainerSettledLoop(trainer: TempoTrainer): number {
  const final = trainerPercentAt(trainer, Number.MAX_SAFE_INTEGER);
  if (trainer.stepPercent === 0 || final === trainer.startPercent) return 0;
  let steps = Math.ceil(Math.abs(trainer.targetPercent - trainer.startPercent) / trainer.stepPercent);
  // Float division can land one step late (0.2 / 0.1 → 2.0000000000000004); settle where the value does.
  while (steps > 0 && trainerPercentAt(trainer, (steps - 1) * trainer.everyLoops) === final) steps -= 1;
  return steps * trainer.everyLoops;
}
