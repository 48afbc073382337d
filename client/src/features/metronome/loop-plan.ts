/** The engine's input: what to play. Independent of the library document; an adapter maps songs to it. */

/** Beats per bar and the note value that gets one beat (4 = quarter, 8 = eighth). */
export interface Meter {
  readonly beatsPerBar: number;
  readonly beatUnit: number;
}

/** Clicks per beat: 1 = the beat only, 2 = eighths, 3 = triplets, 4 = sixteenths (for a quarter beat). */
export type Subdivision = 1 | 2 | 3 | 4;

export type TempoChangeType = 'instant' | 'ramp' | 'step';
export type RampCurve = 'linear' | 'exponential';

/** A tempo change inside a section (MET4); bar and beat are 1-based, the beat may be fractional. */
export interface TempoChange {
  readonly bar: number;
  readonly beat: number;
  /** Target tempo, in beats of the section's beat unit per minute. */
  readonly bpm: number;
  readonly change: TempoChangeType;
  /** Shape of a ramp; linear when absent. */
  readonly curve?: RampCurve;
  /** Length of a ramp or step in beats; until the next change or the section end when absent. */
  readonly overBeats?: number;
}

export interface PlanSection {
  readonly bars: number;
  readonly meter: Meter;
  /** Tempo at the section's first beat (MET2: beats of the beat unit per minute). */
  readonly bpm: number;
  readonly tempoChanges?: readonly TempoChange[];
  readonly subdivision?: Subdivision;
  /** One gain per beat (MET13 levels); the meter's default pattern when absent. */
  readonly accents?: readonly number[];
}

/** MET6: e.g. start 60 %, add 5 % every 4 loops, up to 100 %. */
export interface TempoTrainer {
  readonly startPercent: number;
  readonly stepPercent: number;
  readonly everyLoops: number;
  readonly targetPercent: number;
}

export interface CountIn {
  readonly bars?: number;
  readonly beats?: number;
}

export interface LoopPlan {
  /** Played in this order, once per pass. */
  readonly sections: readonly PlanSection[];
  readonly countIn?: CountIn;
  readonly loop: boolean;
  readonly trainer?: TempoTrainer;
}
