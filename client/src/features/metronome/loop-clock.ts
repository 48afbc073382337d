import type { TempoTrainer } from './loop-plan.ts';
import { trainerPercentAt, trainerSettledLoop } from './tempo-trainer.ts';

/** When each pass starts and how fast it runs, as closed forms of the loop index (MET6, MET7). */
export interface LoopClock {
  /** Tempo multiplier of loop `loopIndex` (1 without a trainer). */
  factorAt(loopIndex: number): number;
  /** Seconds from the first pass's start to the start of loop `loopIndex`. */
  startOf(loopIndex: number): number;
  /** The loop running `seconds` after the first pass's start (0 before it). */
  loopAt(seconds: number): number;
}

/**
 * Passes within one trainer step all run at one tempo, so their starts are linear in the loop index;
 * only the (few) steps before the trainer settles are prefix-summed, never the loops themselves.
 */
export function createLoopClock(passSeconds: number, trainer: TempoTrainer | undefined): LoopClock {
  const every = trainer?.everyLoops ?? 1;
  const percentAt = (loopIndex: number) => (trainer === undefined ? 100 : trainerPercentAt(trainer, loopIndex));
  const settledLoop = trainer === undefined ? 0 : trainerSettledLoop(trainer);
  const settledStep = settledLoop / every;
  // stepStarts[s] = start of the first loop of step s, in passes at 100 % (for s ≤ settledStep).
  const stepStarts = [0];
  for (let step = 0; step < settledStep; step += 1) {
    stepStarts.push((stepStarts[step] ?? 0) + (every * 100) / percentAt(step * every));
  }
  const settledStart = stepStarts[settledStep] ?? 0;
  const settledPercent = percentAt(settledLoop);

  const startOf = (loopIndex: number): number => {
    if (loopIndex >= settledLoop) return (settledStart + ((loopIndex - settledLoop) * 100) / settledPercent) * passSeconds;
    const step = Math.floor(loopIndex / every);
    const base = stepStarts[step] ?? 0;
    return (base + ((loopIndex - step * every) * 100) / percentAt(loopIndex)) * passSeconds;
  };

  const estimateLoop = (passes: number): number => {
    if (passes >= settledStart) return settledLoop + Math.floor(((passes - settledStart) * settledPercent) / 100);
    let step = 0;
    let high = settledStep - 1;
    while (step < high) {
      const middle = (step + high + 1) >> 1;
      if ((stepStarts[middle] ?? Infinity) <= passes) step = middle;
      else high = middle - 1;
    }
    const inStep = Math.floor(((passes - (stepStarts[step] ?? 0)) * percentAt(step * every)) / 100);
    return step * every + Math.min(every - 1, inStep);
  };

  const loopAt = (seconds: number): number => {
    if (seconds <= 0) return 0;
    let loopIndex = Math.max(0, estimateLoop(seconds / passSeconds));
    // The estimate can be off by one through rounding; settle it against the forward formula.
    while (loopIndex > 0 && startOf(loopIndex) > seconds) loopIndex -= 1;
    while (startOf(loopIndex + 1) <= seconds) loopIndex += 1;
    return loopIndex;
  };

  return { factorAt: (loopIndex) => percentAt(loopIndex) / 100, startOf, loopAt };
}
