import { create } from 'zustand';
import type { TempoTrainer } from '../metronome/loop-plan.ts';
import { DEFAULT_TRAINER } from './trainer-settings.ts';

/** Practice-mode choices of this tab that are not document data (UI state, no I/O). */
export type PracticeOptionsState = {
  trainerOn: boolean;
  trainer: TempoTrainer;
  setTrainerOn(on: boolean): void;
  setTrainer(trainer: TempoTrainer): void;
};

export const usePracticeOptions = create<PracticeOptionsState>()((set) => ({
  trainerOn: false,
  trainer: DEFAULT_TRAINER,
  setTrainerOn: (trainerOn) => set({ trainerOn }),
  setTrainer: (trainer) => set({ trainer }),
}));
