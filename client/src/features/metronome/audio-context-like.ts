/**
 * The slice of Web Audio the metronome uses. A real AudioContext satisfies it; tests pass a fake
 * that records the nodes it creates and when they start.
 */
export interface AudioParamLike {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
}

export interface AudioNodeLike {
  connect(destination: AudioNodeLike): unknown;
  disconnect(): void;
}

export interface OscillatorLike extends AudioNodeLike {
  type: OscillatorType;
  readonly frequency: AudioParamLike;
  start(when: number): void;
  stop(when: number): void;
}

export interface GainLike extends AudioNodeLike {
  readonly gain: AudioParamLike;
}

/** Anything with a clock in seconds: an AudioContext, or a performance.now() clock when there is no audio. */
export interface AudioClock {
  readonly currentTime: number;
}

export interface AudioContextLike extends AudioClock {
  readonly destination: AudioNodeLike;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
}

/** A clock for visual-only use without Web Audio. */
export function performanceClock(): AudioClock {
  return {
    get currentTime() {
      return performance.now() / 1000;
    },
  };
}
